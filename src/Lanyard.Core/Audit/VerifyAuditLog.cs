namespace Lanyard.Core.Audit;

/// <summary>
/// Checks the whole audit log, page by page from the first entry, and reports the first link that
/// does not hold: an entry whose contents no longer match its hash (altered), a gap in the sequence
/// (deleted), or an entry that does not chain to the one before it.
/// </summary>
public static class VerifyAuditLog
{
    /// <summary>How many entries to read at a time, and an anchor recorded earlier to check against.</summary>
    /// <param name="PageSize">Entries per read; at least 1.</param>
    /// <param name="Anchor">
    /// An entry's sequence number and hash written down at an earlier check (a printed verification, a
    /// governors' meeting minute). The chain alone cannot tell that its newest entries were deleted,
    /// or that the whole log was rewritten and re-hashed; an anchor can: that entry must still be
    /// there, with that hash.
    /// </param>
    public sealed record Request(int PageSize = 1000, AuditAnchor? Anchor = null);

    /// <summary>Reads and checks the chain; stops at the first broken link.</summary>
    public static async Task<AuditVerification> HandleAsync(Request request, IAuditLogReader log, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        ArgumentNullException.ThrowIfNull(log);
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(request.PageSize);
        var verifier = new AuditChainVerifier();
        var after = 0L;
        string? anchored = null;
        while (true)
        {
            var page = await log.ReadAsync(after, request.PageSize, cancellationToken).ConfigureAwait(false);
            foreach (var entry in page)
            {
                if (!verifier.Accept(entry))
                {
                    return verifier.Result;
                }

                if (request.Anchor is { } anchor && entry.Sequence == anchor.Sequence)
                {
                    anchored = entry.Hash;
                }
            }

            if (page.Count < request.PageSize)
            {
                return Against(request.Anchor, verifier.Result, anchored);
            }

            after = page[^1].Sequence;
        }
    }

    // The chain held; the anchor must hold too.
    private static AuditVerification Against(AuditAnchor? anchor, AuditVerification chain, string? anchored)
    {
        if (anchor is null)
        {
            return chain;
        }

        if (anchored is null)
        {
            return chain with
            {
                Intact = false,
                BrokenAt = anchor.Sequence,
                Problem = $"the log ends at entry {chain.Entries}, but entry {anchor.Sequence} was recorded earlier (anchor {anchor}): the newest entries were deleted",
            };
        }

        return string.Equals(anchored, anchor.Hash, StringComparison.OrdinalIgnoreCase)
            ? chain
            : chain with
            {
                Intact = false,
                BrokenAt = anchor.Sequence,
                Problem = $"entry {anchor.Sequence} now has hash {anchored}, but {anchor.Hash} was recorded earlier: the log was rewritten up to that entry and re-hashed",
            };
    }
}
