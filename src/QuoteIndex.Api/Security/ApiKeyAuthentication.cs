using System.Security.Claims;
using System.Text.Encodings.Web;
using Microsoft.AspNetCore.Authentication;
using Microsoft.Extensions.Options;

namespace QuoteIndex.Api.Security;

/// <summary>Authenticates a request by its <see cref="ApiKeyOptions.Header"/> against the configured key hashes.</summary>
public sealed class ApiKeyAuthentication(
    IOptionsMonitor<AuthenticationSchemeOptions> options, ILoggerFactory logger, UrlEncoder encoder, IOptions<ApiKeyOptions> keys)
    : AuthenticationHandler<AuthenticationSchemeOptions>(options, logger, encoder)
{
    public const string SchemeName = "ApiKey";

    /// <summary>The policy of endpoints that change the index.</summary>
    public const string WritePolicy = "write";

    private readonly IReadOnlyList<byte[]> _hashes = [.. keys.Value.KeyHashes.Select(h => ApiKeys.ParseHash(h)!)];

    protected override Task<AuthenticateResult> HandleAuthenticateAsync()
    {
        if (!Request.Headers.TryGetValue(ApiKeyOptions.Header, out var values) || string.IsNullOrEmpty(values.ToString()))
            return Task.FromResult(AuthenticateResult.NoResult());
        if (_hashes.Count == 0 || !ApiKeys.Matches(values.ToString(), _hashes))
            return Task.FromResult(AuthenticateResult.Fail("The API key is not valid."));
        var identity = new ClaimsIdentity([new Claim(ClaimTypes.Name, "api-key")], SchemeName);
        return Task.FromResult(AuthenticateResult.Success(new AuthenticationTicket(new ClaimsPrincipal(identity), SchemeName)));
    }

    protected override Task HandleChallengeAsync(AuthenticationProperties properties)
    {
        var detail = _hashes.Count == 0
            ? "Writing is switched off: the server has no API keys configured (Api:KeyHashes)."
            : Request.Headers.ContainsKey(ApiKeyOptions.Header)
                ? "The API key is not valid."
                : $"This endpoint changes the index and needs an API key in the {ApiKeyOptions.Header} header.";
        return Problem(StatusCodes.Status401Unauthorized, "An API key is required.", detail);
    }

    protected override Task HandleForbiddenAsync(AuthenticationProperties properties) =>
        Problem(StatusCodes.Status403Forbidden, "Not allowed.", "This API key may not do this.");

    private Task Problem(int status, string title, string detail)
    {
        Response.StatusCode = status;
        if (status == StatusCodes.Status401Unauthorized)
            Response.Headers.WWWAuthenticate = $"{SchemeName} header=\"{ApiKeyOptions.Header}\"";
        return Results.Problem(detail, statusCode: status, title: title).ExecuteAsync(Context);
    }
}
