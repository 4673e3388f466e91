using System.Globalization;
using System.Security.Cryptography;
using Lanyard.Core.Audit;
using Lanyard.Core.Organisations;

namespace Lanyard.Core.Casework;

/// <summary>
/// Use case: download an evidence file. The stored bytes are hashed again before they are handed
/// over, so a file altered on disk is refused rather than passed off as the evidence captured (the
/// SHA-256 printed in an evidence pack must prove the bytes). Every download is audited.
/// Whether the user may see the case is decided by the caller (CaseAccess) and passed in.
/// </summary>
public static class ReadEvidenceFile
{
    /// <summary>The refusal when the stored bytes no longer hash to the recorded SHA-256.</summary>
    public const string TamperedRefusal = "The stored file no longer matches its SHA-256, so it cannot be given out as this evidence. Report this to the data protection officer.";

    /// <summary>The refusal when the recorded file is not in the store at all.</summary>
    public const string MissingRefusal = "The stored file is missing from the evidence store. Report this to the data protection officer.";

    /// <summary>What the user asks for.</summary>
    /// <param name="Actor">Who is downloading.</param>
    /// <param name="CaseId">The case.</param>
    /// <param name="EvidenceId">The evidence item on that case.</param>
    public sealed record Request(CaseActor Actor, long CaseId, long EvidenceId);

    /// <summary>The file, or the reasons it cannot be given.</summary>
    /// <param name="Content">The bytes, positioned at the start; the caller disposes it. Null when refused.</param>
    /// <param name="FileName">The name as uploaded.</param>
    /// <param name="ContentType">The media type as uploaded (application/octet-stream when none was given).</param>
    /// <param name="Sha256">The verified SHA-256.</param>
    /// <param name="Errors">Field → message; empty when the file is given.</param>
    public sealed record Result(Stream? Content, string? FileName, string? ContentType, string? Sha256, IReadOnlyDictionary<string, string> Errors)
    {
        /// <summary>True when the file is given.</summary>
        public bool Succeeded => Content is not null;
    }

    /// <summary>Finds the item, verifies its bytes and audits the download.</summary>
    public static async Task<Result> HandleAsync(Request request, ICaseStore cases, IOrganisationRegister organisations, IEvidenceFiles files, IAuditLog audit, TimeProvider clock, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        ArgumentNullException.ThrowIfNull(request.Actor);
        ArgumentNullException.ThrowIfNull(cases);
        ArgumentNullException.ThrowIfNull(files);
        ArgumentNullException.ThrowIfNull(audit);
        ArgumentNullException.ThrowIfNull(clock);

        // An unseen case and a missing one are refused alike, so the answer does not say which cases exist.
        var file = (await CaseScope.OpenAsync(request.Actor, request.CaseId, CaseAccessLevel.Full, cases, organisations, cancellationToken).ConfigureAwait(false))?.File;
        if (file is null)
        {
            return Refused(nameof(Request.CaseId), "There is no case with that id that you may see.");
        }

        var item = file.Evidence.FirstOrDefault(e => e.Id == request.EvidenceId);
        if (item is null)
        {
            return Refused(nameof(Request.EvidenceId), "That case has no evidence item with that id.");
        }

        if (item.Sha256 is null)
        {
            return Refused(nameof(Request.EvidenceId), item.IndecentImageOfChild
                ? "This evidence is held physically by the school and was never copied."
                : "This evidence has no stored file.");
        }

        var stored = await files.OpenAsync(item.Sha256, cancellationToken).ConfigureAwait(false);
        if (stored is null)
        {
            return Refused(nameof(Request.EvidenceId), MissingRefusal);
        }

        var content = await ReadVerifiedAsync(stored, item, cancellationToken).ConfigureAwait(false);
        if (content is null)
        {
            return Refused(nameof(Request.EvidenceId), TamperedRefusal);
        }

        await audit.AppendAsync(
            new AuditEvent(clock.GetUtcNow(), request.Actor.UserId, EvidenceAudit.ActorOf(request.Actor), AuditAction.Download, EvidenceAudit.Evidence, item.Id, file.Case.OrganisationId,
                "evidence file on case " + file.Case.Id.ToString(CultureInfo.InvariantCulture)),
            cancellationToken).ConfigureAwait(false);
        return new Result(content, item.FileName, item.ContentType ?? "application/octet-stream", item.Sha256, new Dictionary<string, string>(StringComparer.Ordinal));
    }

    /// <summary>
    /// The bytes, read once while hashing and handed over from memory, so what the caller gets is
    /// exactly what was checked (a second read could meet a file changed in between). Null when
    /// their hash or size differ from the record.
    /// </summary>
    private static async Task<Stream?> ReadVerifiedAsync(Stream stored, EvidenceItem item, CancellationToken cancellationToken)
    {
        var copy = new MemoryStream();
        await using (stored.ConfigureAwait(false))
        {
            await stored.CopyToAsync(copy, cancellationToken).ConfigureAwait(false);
        }

        copy.Position = 0;
        var hash = Convert.ToHexStringLower(await SHA256.HashDataAsync(copy, cancellationToken).ConfigureAwait(false));
        if (!string.Equals(hash, item.Sha256, StringComparison.Ordinal) || (item.SizeBytes is { } size && size != copy.Length))
        {
            await copy.DisposeAsync().ConfigureAwait(false);
            return null;
        }

        copy.Position = 0;
        return copy;
    }

    private static Result Refused(string field, string message) =>
        new(null, null, null, null, new Dictionary<string, string>(StringComparer.Ordinal) { [field] = message });
}
