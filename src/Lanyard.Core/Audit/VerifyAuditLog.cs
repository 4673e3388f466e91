namespace Lanyard.Core.Audit;

/// <summary>
/// Checks the whole audit log, page by page from the first entry, and reports the first link that
/// does not hold: an entry whose contents no longer match its hash (altered), a gap in the sequence
/// (deleted), or an entry that does not chain to the one before it.
/// </summary>
public static class VerifyAuditLog
{
    /// <summary>How many entries to read at a time.</summary>
    /// <param name="PageSize">Entries per read; at least 1.</param>
    public sealed record Request(int PageSize = 1000);

    /// <summary>Reads and checks the chain; stops at the first broken link.</summary>
    public static async Task<AuditVerification> HandleAsync(Request request, IAuditLogReader log, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        ArgumentNullException.ThrowIfNull(log);
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(request.PageSize);
        var verifier = new AuditChainVerifier();
        var after = 0L;
        while (true)
        {
            var page = await log.ReadAsync(after, request.PageSize, cancellationToken).ConfigureAwait(false);
            foreach (var entry in page)
            {
                if (!verifier.Accept(entry))
                {
                    return verifier.Result;
                }
            }

            if (page.Count < request.PageSize)
            {
                return verifier.Result;
            }

            after = page[^1].Sequence;
        }
    }
}
