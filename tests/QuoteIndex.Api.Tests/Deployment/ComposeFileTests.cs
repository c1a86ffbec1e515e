using System.Diagnostics;
using System.Text.RegularExpressions;

namespace QuoteIndex.Api.Tests.Deployment;

/// <summary>
/// docker-compose.yml as Debian's `docker-compose config` resolves it with .env.example (no Docker engine needed):
/// valid, and with what the README promises. CI installs docker-compose; elsewhere the test says it was skipped.
/// </summary>
public sealed class ComposeFileTests
{
    [ComposeFact]
    public async Task ComposeFile_IsValid_AndHasTheRequiredSettings()
    {
        var config = await ComposeConfigAsync();

        // Elasticsearch: a single node with a fixed heap, its data in a volume, security on, only on loopback.
        Assert.Contains("discovery.type: single-node", config, StringComparison.Ordinal);
        Assert.Contains("ES_JAVA_OPTS: -Xms1g -Xmx1g", config, StringComparison.Ordinal);
        Assert.Contains("xpack.security.enabled: \"true\"", config, StringComparison.Ordinal);
        Assert.Contains("ELASTIC_PASSWORD: change-me-to-a-long-random-password", config, StringComparison.Ordinal);
        Assert.Contains("- esdata:/usr/share/elasticsearch/data", config, StringComparison.Ordinal);
        Assert.Contains("- 127.0.0.1:9200:9200/tcp", config, StringComparison.Ordinal);
        // The API: its store settings, loopback only, and a health check on /health/ready for both services.
        Assert.Contains("QUOTEINDEX_Store__Provider: Elasticsearch", config, StringComparison.Ordinal);
        Assert.Contains("QUOTEINDEX_Store__Elasticsearch__Url: http://elasticsearch:9200", config, StringComparison.Ordinal);
        Assert.Contains("- 127.0.0.1:5080:8080/tcp", config, StringComparison.Ordinal);
        Assert.Contains("/health/ready", config, StringComparison.Ordinal);
        Assert.Contains("_cluster/health", config, StringComparison.Ordinal);
        Assert.Contains("condition: service_healthy", config, StringComparison.Ordinal);
        Assert.DoesNotContain("- 0.0.0.0:", config, StringComparison.Ordinal);
        var published = config.Split('\n').Where(l => Regex.IsMatch(l, @"^\s*- (\S+:)?\d+:\d+/(tcp|udp)\s*$")).ToList();
        Assert.Equal(2, published.Count);
        Assert.All(published, l => Assert.StartsWith("- 127.0.0.1:", l.Trim(), StringComparison.Ordinal));
    }

    [ComposeFact]
    public async Task ComposeFile_WithoutAPassword_IsRefusedWithTheReason()
    {
        var error = await Assert.ThrowsAsync<InvalidOperationException>(() => ComposeConfigAsync(envFile: null));

        Assert.Contains("set ELASTIC_PASSWORD in .env", error.Message, StringComparison.Ordinal);
    }

    private static async Task<string> ComposeConfigAsync(string? envFile = ".env.example")
    {
        var root = RepositoryRoot();
        var start = new ProcessStartInfo("docker-compose")
        {
            WorkingDirectory = root,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
        };
        // An empty env file stands in for a missing .env, so a developer's own .env does not change the result.
        var empty = Path.GetTempFileName();
        start.ArgumentList.Add("--env-file");
        start.ArgumentList.Add(envFile is null ? empty : Path.Combine(root, envFile));
        start.ArgumentList.Add("--file");
        start.ArgumentList.Add(Path.Combine(root, "docker-compose.yml"));
        start.ArgumentList.Add("config");
        start.Environment.Remove("ELASTIC_PASSWORD");
        start.Environment.Remove("QUOTEINDEX_STORE_PROVIDER");
        try
        {
            using var process = Process.Start(start)!;
            using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(60));
            var output = process.StandardOutput.ReadToEndAsync(timeout.Token);
            var error = process.StandardError.ReadToEndAsync(timeout.Token);
            await process.WaitForExitAsync(timeout.Token);
            return process.ExitCode == 0 ? await output : throw new InvalidOperationException(await error);
        }
        finally
        {
            File.Delete(empty);
        }
    }

    internal static string RepositoryRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "docker-compose.yml")))
                return dir.FullName;
        }

        throw new FileNotFoundException("docker-compose.yml was not found above " + AppContext.BaseDirectory);
    }
}

/// <summary>A test that needs Debian's docker-compose on PATH; skipped with the reason when it is not there.</summary>
public sealed class ComposeFactAttribute : FactAttribute
{
    public ComposeFactAttribute()
    {
        var found = (Environment.GetEnvironmentVariable("PATH") ?? "")
            .Split(Path.PathSeparator, StringSplitOptions.RemoveEmptyEntries)
            .Any(dir => File.Exists(Path.Combine(dir, "docker-compose")));
        if (!found)
            Skip = "docker-compose is not installed (apt-get install docker-compose; .ci/run does), so the compose file was not checked.";
    }
}
