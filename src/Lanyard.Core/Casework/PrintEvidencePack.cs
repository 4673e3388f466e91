using Lanyard.Core.Audit;
using Lanyard.Core.Organisations;
using Lanyard.Core.Workflows;

namespace Lanyard.Core.Casework;

/// <summary>
/// Use case: print a case's evidence pack for a recipient (<see cref="EvidencePack.Build"/> decides
/// what each may see). Printing is a download of the case, so it is audited with the recipient.
/// Whether the user may see the case is decided by the caller (CaseAccess) and passed in.
/// </summary>
public static class PrintEvidencePack
{
    /// <summary>What the user asks for.</summary>
    /// <param name="Actor">Who is printing it.</param>
    /// <param name="CaseId">The case.</param>
    /// <param name="Recipient">Who it is for.</param>
    public sealed record Request(CaseActor Actor, long CaseId, EvidencePackRecipient Recipient);

    /// <summary>The pack and its Markdown, or the reasons it was refused.</summary>
    /// <param name="Pack">The pack; null when refused.</param>
    /// <param name="Markdown">The pack rendered as Markdown; null when refused.</param>
    /// <param name="Errors">Field → message; empty when printed.</param>
    public sealed record Result(EvidencePack? Pack, string? Markdown, IReadOnlyDictionary<string, string> Errors)
    {
        /// <summary>True when the pack was printed.</summary>
        public bool Succeeded => Pack is not null;
    }

    /// <summary>Builds, renders and audits the pack.</summary>
    public static async Task<Result> HandleAsync(Request request, ICaseStore cases, IOrganisationRegister organisations, IAuditLog audit, TimeProvider clock, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        ArgumentNullException.ThrowIfNull(request.Actor);
        ArgumentNullException.ThrowIfNull(cases);
        ArgumentNullException.ThrowIfNull(organisations);
        ArgumentNullException.ThrowIfNull(audit);
        ArgumentNullException.ThrowIfNull(clock);
        if (!Enum.IsDefined(request.Recipient))
        {
            return Refused(nameof(Request.Recipient), "Choose who the pack is for: platform-takedown, police, lado or professionals-online-safety-helpline.");
        }

        var file = (await CaseScope.OpenAsync(request.Actor, request.CaseId, CaseAccessLevel.Full, cases, organisations, cancellationToken).ConfigureAwait(false))?.File;
        if (file is null)
        {
            return Refused(nameof(Request.CaseId), "There is no case with that id that you may see.");
        }

        var school = await SchoolInContext.FindAsync(file.Case.OrganisationId, organisations, cancellationToken).ConfigureAwait(false);
        var now = clock.GetUtcNow();
        var pack = EvidencePack.Build(file, school?.School.Name ?? "(school not in the register)", request.Recipient, now, request.Actor.Name);
        await audit.AppendAsync(
            new AuditEvent(now, request.Actor.UserId, EvidenceAudit.ActorOf(request.Actor), AuditAction.Download, EvidenceAudit.Case, file.Case.Id, file.Case.OrganisationId,
                "evidence pack " + WorkflowText.Kebab(request.Recipient)),
            cancellationToken).ConfigureAwait(false);
        return new Result(pack, EvidencePackMarkdown.Render(pack), new Dictionary<string, string>(StringComparer.Ordinal));
    }

    private static Result Refused(string field, string message) =>
        new(null, null, new Dictionary<string, string>(StringComparer.Ordinal) { [field] = message });

    /// <summary>The recipient parsed from its kebab-case name (as the CLI takes it), or null.</summary>
    public static EvidencePackRecipient? ParseRecipient(string? text) =>
        Enum.GetValues<EvidencePackRecipient>().Select(r => (EvidencePackRecipient?)r)
            .FirstOrDefault(r => string.Equals(WorkflowText.Kebab(r!.Value), text?.Trim(), StringComparison.OrdinalIgnoreCase));

    /// <summary>The recipients' kebab-case names, for help text.</summary>
    public static string RecipientNames => string.Join(", ", Enum.GetValues<EvidencePackRecipient>().Select(r => WorkflowText.Kebab(r)));
}
