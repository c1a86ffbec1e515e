using System.Runtime.InteropServices;

namespace QuoteIndex.Core.Clustering;

/// <summary>
/// The quotes of a batch weighed so far, found by the hashes of their keys (<see cref="QuoteSignature.KeyHashes"/>):
/// under each key the first <see cref="QuoteClusterer.BatchCandidatesPerKey"/> added, the only ones ever read.
/// </summary>
/// <remarks>
/// A batch adds about 33 keys a quote, most of them held by that quote alone: chains in two arrays instead of a list
/// per key, which made a third of the clusterer's garbage. Two keys sharing a 64-bit hash would share a chain; that
/// only adds a candidate, and every candidate is verified on its words. A batch's table is large (a quarter of a
/// million keys for two batches of 1,000 articles): one table is cleared and used again (<see cref="Clear"/>) rather
/// than grown anew each batch, whose discarded arrays on the large object heap set off most of ingestion's full
/// collections.
/// </remarks>
internal sealed class BatchMembers
{
    private readonly Dictionary<ulong, Chain> _chains = [];
    private readonly List<QuoteClusterer.Candidate> _members = [];
    private int[] _linkMember = new int[256];
    private int[] _linkNext = new int[256];
    private int _links;

    // Per member, the look-up that last returned it, so that a member found under several keys is returned once.
    private readonly List<int> _returnedBy = [];
    private int _lookups;

    /// <summary>Keys held at most by a table kept for the next batch; a larger one (a batch of huge articles) is let go.</summary>
    internal const int MaxKeptKeys = 1 << 21;

    /// <summary>Whether the table is small enough to keep for another batch once <see cref="Clear"/>ed.</summary>
    public bool IsWorthKeeping => _chains.Count <= MaxKeptKeys;

    /// <summary>Forgets every member, keeping the room they took.</summary>
    public void Clear()
    {
        _chains.Clear();
        _members.Clear();
        _returnedBy.Clear();
        (_links, _lookups) = (0, 0);
    }

    public void Add(QuoteClusterer.Candidate member)
    {
        var index = _members.Count;
        _members.Add(member);
        _returnedBy.Add(0);
        foreach (var hash in member.Signature.KeyHashes)
        {
            ref var chain = ref CollectionsMarshal.GetValueRefOrAddDefault(_chains, hash, out var exists);
            if (!exists)
            {
                var link = NewLink(index);
                chain = new Chain(link, link, 1);
            }
            else if (chain.Count < QuoteClusterer.BatchCandidatesPerKey)
            {
                var link = NewLink(index);
                _linkNext[chain.Last] = link;
                chain.Last = link;
                chain.Count++;
            }
        }
    }

    /// <summary>The members under any of <paramref name="keyHashes"/>, each once, key by key in the order they were added.</summary>
    public List<QuoteClusterer.Candidate> Under(IReadOnlyList<ulong> keyHashes)
    {
        var lookup = ++_lookups;
        var found = new List<QuoteClusterer.Candidate>();
        foreach (var hash in keyHashes)
        {
            if (!_chains.TryGetValue(hash, out var chain))
                continue;
            var link = chain.First;
            for (var i = 0; i < chain.Count; i++, link = _linkNext[link])
            {
                var member = _linkMember[link];
                if (_returnedBy[member] == lookup)
                    continue;
                _returnedBy[member] = lookup;
                found.Add(_members[member]);
            }
        }

        return found;
    }

    private int NewLink(int member)
    {
        if (_links == _linkMember.Length)
        {
            Array.Resize(ref _linkMember, _links * 2);
            Array.Resize(ref _linkNext, _links * 2);
        }

        _linkMember[_links] = member;
        return _links++;
    }

    private struct Chain(int first, int last, int count)
    {
        public int First = first;
        public int Last = last;
        public int Count = count;
    }
}
