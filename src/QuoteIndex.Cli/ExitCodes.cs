namespace QuoteIndex.Cli;

/// <summary>The process exit codes, as documented in the README and in --help.</summary>
public static class ExitCodes
{
    public const int Success = 0;

    /// <summary>The command could not do its job: a missing or unreadable input for extract, a bad query, a store error.</summary>
    public const int Failure = 1;

    /// <summary>Ingestion finished, but some inputs were rejected (each is named on standard error).</summary>
    public const int SomeRejected = 3;

    /// <summary>Ctrl+C stopped ingestion; what had been read was committed (128 + SIGINT, as shells report it).</summary>
    public const int Interrupted = 130;
}
