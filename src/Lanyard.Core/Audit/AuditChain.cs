using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using Lanyard.Core.Policies.Loading;

namespace Lanyard.Core.Audit;

/// <summary>
/// The audit log's hash chain. Each entry's hash is SHA-256 (lower-case hex) of the previous entry's
/// hash followed by the entry's canonical text, so altering any stored field changes that entry's
/// hash, and removing an entry breaks the sequence and the next entry's link. The first entry chains
/// to <see cref="GenesisHash"/>.
/// </summary>
/// <remarks>
/// The canonical text is UTF-8, one <c>name=value</c> field per line, each line ended by <c>\n</c>,
/// always in this order, after a first line naming the format (<c>lanyard-audit-v1</c>):
/// <c>sequence</c>, <c>at</c>, <c>actor-user-id</c>, <c>actor</c>, <c>action</c>, <c>subject-kind</c>,
/// <c>subject-id</c>, <c>organisation-id</c>, <c>detail</c>. Numbers are invariant-culture digits;
/// <c>at</c> is UTC as <c>yyyy-MM-ddTHH:mm:ss.ffffffZ</c> (microseconds, the finest both databases
/// keep); the action is written in kebab case. In text values a backslash is written <c>\\</c>, a
/// line feed <c>\n</c> and a carriage return <c>\r</c>, so no value can end its line early; a
/// missing value is written <c>\0</c>, which escaped text can never produce, so null and empty differ.
/// </remarks>
public static class AuditChain
{
    /// <summary>The previous hash of the first entry: 64 zeros.</summary>
    public static readonly string GenesisHash = new('0', 64);

    private const string Format = "lanyard-audit-v1";
    private const string Missing = "\\0";

    /// <summary>An instant as the chain keeps it: UTC, truncated to whole microseconds.</summary>
    public static DateTimeOffset Normalise(DateTimeOffset at)
    {
        var utc = at.ToUniversalTime();
        return new DateTimeOffset(utc.Ticks - (utc.Ticks % 10), TimeSpan.Zero);
    }

    /// <summary>The canonical text of an event at a position in the log.</summary>
    public static string CanonicalText(long sequence, AuditEvent auditEvent)
    {
        ArgumentNullException.ThrowIfNull(auditEvent);
        var text = new StringBuilder();
        text.Append(Format).Append('\n');
        Field(text, "sequence", sequence.ToString(CultureInfo.InvariantCulture));
        Field(text, "at", Normalise(auditEvent.At).ToString("yyyy-MM-dd'T'HH:mm:ss.ffffff'Z'", CultureInfo.InvariantCulture));
        Field(text, "actor-user-id", auditEvent.ActorUserId?.ToString(CultureInfo.InvariantCulture));
        Field(text, "actor", Escape(auditEvent.Actor));
        Field(text, "action", YamlNaming.Kebab(auditEvent.Action));
        Field(text, "subject-kind", Escape(auditEvent.SubjectKind));
        Field(text, "subject-id", auditEvent.SubjectId.ToString(CultureInfo.InvariantCulture));
        Field(text, "organisation-id", auditEvent.OrganisationId?.ToString(CultureInfo.InvariantCulture));
        Field(text, "detail", Escape(auditEvent.Detail));
        return text.ToString();
    }

    /// <summary>The hash of an event at a position, chained to <paramref name="previousHash"/>.</summary>
    public static string HashOf(string previousHash, long sequence, AuditEvent auditEvent)
    {
        ArgumentNullException.ThrowIfNull(previousHash);
        var bytes = Encoding.UTF8.GetBytes(previousHash + CanonicalText(sequence, auditEvent));
        return Convert.ToHexStringLower(SHA256.HashData(bytes));
    }

    /// <summary>The entry that appends <paramref name="auditEvent"/> after <paramref name="last"/> (null for an empty log).</summary>
    public static AuditEntry Next(AuditEntry? last, AuditEvent auditEvent)
    {
        ArgumentNullException.ThrowIfNull(auditEvent);
        var sequence = (last?.Sequence ?? 0) + 1;
        var previous = last?.Hash ?? GenesisHash;
        var normalised = auditEvent with { At = Normalise(auditEvent.At) };
        return new AuditEntry(sequence, normalised, previous, HashOf(previous, sequence, normalised));
    }

    /// <summary>Checks entries read in sequence order from the start of the log; stops at the first broken link.</summary>
    public static AuditVerification Verify(IEnumerable<AuditEntry> entries)
    {
        ArgumentNullException.ThrowIfNull(entries);
        var verifier = new AuditChainVerifier();
        foreach (var entry in entries)
        {
            if (!verifier.Accept(entry))
            {
                break;
            }
        }

        return verifier.Result;
    }

    private static void Field(StringBuilder text, string name, string? value) =>
        text.Append(name).Append('=').Append(value ?? Missing).Append('\n');

    private static string? Escape(string? value) => value?
        .Replace("\\", "\\\\", StringComparison.Ordinal)
        .Replace("\n", "\\n", StringComparison.Ordinal)
        .Replace("\r", "\\r", StringComparison.Ordinal);
}
