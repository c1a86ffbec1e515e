using Xunit.Abstractions;
using Xunit.Sdk;

namespace QuoteIndex.Store.Tests.Conformance;

/// <summary>
/// A conformance test: a [Fact] that a store's test class can skip as a whole with <see cref="RunsOnlyWhenSetAttribute"/>
/// (a store that needs a server), so the shared suite says in the test output why it did not run there.
/// </summary>
[XunitTestCaseDiscoverer("QuoteIndex.Store.Tests.Conformance.ConformanceFactDiscoverer", "QuoteIndex.Store.Tests")]
[AttributeUsage(AttributeTargets.Method)]
public sealed class ConformanceFactAttribute : FactAttribute;

/// <summary>A conformance [Theory]; see <see cref="ConformanceFactAttribute"/>.</summary>
[XunitTestCaseDiscoverer("QuoteIndex.Store.Tests.Conformance.ConformanceTheoryDiscoverer", "QuoteIndex.Store.Tests")]
[AttributeUsage(AttributeTargets.Method)]
public sealed class ConformanceTheoryAttribute : TheoryAttribute;

/// <summary>The conformance tests of this class run only when the environment variable is set; otherwise each is skipped with the reason.</summary>
[AttributeUsage(AttributeTargets.Class)]
public sealed class RunsOnlyWhenSetAttribute(string variable, string reason) : Attribute
{
    public string Variable { get; } = variable;

    public string Reason { get; } = reason;

    /// <summary>Why the test class of <paramref name="method"/> skips its conformance tests; null when they run.</summary>
    internal static string? SkipReason(ITestMethod method)
    {
        var attribute = method.TestClass.Class.GetCustomAttributes(typeof(RunsOnlyWhenSetAttribute).AssemblyQualifiedName).FirstOrDefault();
        if (attribute is null)
            return null;
        var arguments = attribute.GetConstructorArguments().Cast<string>().ToArray();
        return string.IsNullOrWhiteSpace(Environment.GetEnvironmentVariable(arguments[0])) ? arguments[1] : null;
    }
}

public sealed class ConformanceFactDiscoverer(IMessageSink diagnosticMessageSink) : FactDiscoverer(diagnosticMessageSink)
{
    public override IEnumerable<IXunitTestCase> Discover(ITestFrameworkDiscoveryOptions discoveryOptions, ITestMethod testMethod, IAttributeInfo factAttribute) =>
        RunsOnlyWhenSetAttribute.SkipReason(testMethod) is { } reason
            ? [new XunitSkippedDataRowTestCase(DiagnosticMessageSink, discoveryOptions.MethodDisplayOrDefault(), discoveryOptions.MethodDisplayOptionsOrDefault(), testMethod, reason)]
            : base.Discover(discoveryOptions, testMethod, factAttribute);
}

public sealed class ConformanceTheoryDiscoverer(IMessageSink diagnosticMessageSink) : TheoryDiscoverer(diagnosticMessageSink)
{
    public override IEnumerable<IXunitTestCase> Discover(ITestFrameworkDiscoveryOptions discoveryOptions, ITestMethod testMethod, IAttributeInfo theoryAttribute) =>
        RunsOnlyWhenSetAttribute.SkipReason(testMethod) is { } reason
            ? [new XunitSkippedDataRowTestCase(DiagnosticMessageSink, discoveryOptions.MethodDisplayOrDefault(), discoveryOptions.MethodDisplayOptionsOrDefault(), testMethod, reason)]
            : base.Discover(discoveryOptions, testMethod, theoryAttribute);
}
