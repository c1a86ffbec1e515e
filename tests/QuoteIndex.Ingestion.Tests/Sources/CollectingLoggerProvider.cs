using System.Collections.Concurrent;
using Microsoft.Extensions.Logging;

namespace QuoteIndex.Ingestion.Tests.Sources;

/// <summary>Keeps every formatted log message at Warning or above, so a test can read what was logged.</summary>
internal sealed class CollectingLoggerProvider : ILoggerProvider, ILogger
{
    public ConcurrentQueue<string> Warnings { get; } = new();

    public ILogger CreateLogger(string categoryName) => this;

    public IDisposable? BeginScope<TState>(TState state) where TState : notnull => null;

    public bool IsEnabled(LogLevel logLevel) => logLevel >= LogLevel.Warning;

    public void Log<TState>(LogLevel logLevel, EventId eventId, TState state, Exception? exception, Func<TState, Exception?, string> formatter)
    {
        if (IsEnabled(logLevel))
            Warnings.Enqueue(formatter(state, exception));
    }

    public void Dispose()
    {
    }
}
