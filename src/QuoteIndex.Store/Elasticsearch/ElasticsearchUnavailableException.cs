namespace QuoteIndex.Store.Elasticsearch;

/// <summary>The cluster did not answer a call: refused by the open circuit, timed out, or failed after the transport's retries.</summary>
public sealed class ElasticsearchUnavailableException : Exception
{
    public ElasticsearchUnavailableException(string message, Exception? innerException = null)
        : base(message, innerException)
    {
    }

    public ElasticsearchUnavailableException()
    {
    }

    public ElasticsearchUnavailableException(string message)
        : base(message)
    {
    }
}
