using System.Globalization;

namespace Lanyard.Core.Audit;

/// <summary>
/// An audit entry's sequence number and hash, written down outside Lanyard at an earlier check, in
/// the form <c>SEQUENCE:HASH</c> (as <c>lanyard audit verify</c> prints it). Checked later, it shows
/// whether entries up to it were rewritten or entries after it deleted.
/// </summary>
/// <param name="Sequence">The entry's position in the log, from 1.</param>
/// <param name="Hash">Its SHA-256 hash, 64 hex digits.</param>
public sealed record AuditAnchor(long Sequence, string Hash)
{
    /// <summary>Reads <c>SEQUENCE:HASH</c>; null when it is not that.</summary>
    public static AuditAnchor? Parse(string? text)
    {
        var parts = (text ?? string.Empty).Trim().Split(':');
        return parts is [var sequence, var hash]
            && long.TryParse(sequence, NumberStyles.None, CultureInfo.InvariantCulture, out var number) && number >= 1
            && hash.Length == 64 && hash.All(Uri.IsHexDigit)
                ? new AuditAnchor(number, hash.ToLowerInvariant())
                : null;
    }

    /// <summary><c>SEQUENCE:HASH</c>.</summary>
    public override string ToString() => string.Create(CultureInfo.InvariantCulture, $"{Sequence}:{Hash}");
}
