using System.Globalization;

namespace Lanyard.Core.Audit;

/// <summary>
/// Checks the audit chain one entry at a time, so a log of any length can be verified in pages
/// without holding it in memory. Entries must come in sequence order from the first; after the first
/// broken link it accepts nothing more and <see cref="Result"/> names that link.
/// </summary>
public sealed class AuditChainVerifier
{
    private long _lastSequence;
    private string _lastHash = AuditChain.GenesisHash;
    private long _count;
    private long? _brokenAt;
    private string? _problem;

    /// <summary>Whether a broken link has been found.</summary>
    public bool IsBroken => _brokenAt is not null;

    /// <summary>What has been found so far.</summary>
    public AuditVerification Result => new(!IsBroken, _count, _lastHash, _brokenAt, _problem);

    /// <summary>Checks the next entry; false when it (or an earlier one) breaks the chain.</summary>
    public bool Accept(AuditEntry entry)
    {
        ArgumentNullException.ThrowIfNull(entry);
        if (IsBroken)
        {
            return false;
        }

        _count++;
        var expected = _lastSequence + 1;
        if (entry.Sequence != expected)
        {
            return entry.Sequence > expected
                ? Break(expected, expected + 1 == entry.Sequence
                    ? $"sequence {N(expected)} missing (deleted?): the next entry read is {N(entry.Sequence)}"
                    : $"sequences {N(expected)} to {N(entry.Sequence - 1)} missing (deleted?): the next entry read is {N(entry.Sequence)}")
                : Break(entry.Sequence, $"sequence {N(entry.Sequence)} read again or out of order after {N(_lastSequence)}");
        }

        if (!string.Equals(entry.PreviousHash, _lastHash, StringComparison.Ordinal))
        {
            return Break(entry.Sequence, $"its previous hash is {entry.PreviousHash}, expected {_lastHash} (the hash of {(_lastSequence == 0 ? "the genesis" : "entry " + N(_lastSequence))})");
        }

        var computed = AuditChain.HashOf(entry.PreviousHash, entry.Sequence, entry.Event);
        if (!string.Equals(entry.Hash, computed, StringComparison.Ordinal))
        {
            return Break(entry.Sequence, $"its contents hash to {computed}, but {entry.Hash} is stored (altered?)");
        }

        _lastSequence = entry.Sequence;
        _lastHash = entry.Hash;
        return true;
    }

    private bool Break(long sequence, string problem)
    {
        _brokenAt = sequence;
        _problem = problem;
        return false;
    }

    private static string N(long value) => value.ToString(CultureInfo.InvariantCulture);
}
