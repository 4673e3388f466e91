using System.Globalization;
using Lanyard.Core.Audit;
using Lanyard.Core.Organisations;
using Lanyard.Core.People;

namespace Lanyard.Core.Casework.Letters;

/// <summary>
/// Use case: SLT (or the head teacher or a deputy head) save their school's own version of a
/// letter template, or reset it to the shipped default. Each save is a new version; earlier
/// versions are kept, and letters already issued keep the version they were written from. A
/// template naming a placeholder Lanyard does not fill is refused, so it can never reach a parent.
/// The template is saved for the actor's own organisation and the pack in force there.
/// </summary>
public static class SaveLetterTemplate
{
    /// <summary>The longest template accepted.</summary>
    public const int MaxBodyLength = 20_000;

    /// <summary>The register roles that may edit templates (issue 5: "editable by SLT"; the head teacher and deputies lead SLT).</summary>
    public static IReadOnlyList<StaffRole> Editors { get; } = [StaffRole.Slt, StaffRole.Headteacher, StaffRole.DeputyHead];

    /// <summary>What the user saves.</summary>
    /// <param name="Actor">Who is saving it.</param>
    /// <param name="Kind">The letter.</param>
    /// <param name="Body">The new text; ignored when <paramref name="ResetToDefault"/>.</param>
    /// <param name="ResetToDefault">Save the shipped default's text as the new version.</param>
    public sealed record Request(CaseActor Actor, LetterKind Kind, string? Body, bool ResetToDefault = false);

    /// <summary>The saved version, or the reasons it was refused.</summary>
    /// <param name="Template">The version as stored; null when refused.</param>
    /// <param name="Errors">Field → message; empty when saved.</param>
    public sealed record Result(LetterTemplate? Template, IReadOnlyDictionary<string, string> Errors)
    {
        /// <summary>True when the version was saved.</summary>
        public bool Succeeded => Template is not null;
    }

    /// <summary>Checks the actor, the letter and the text, then stores the next version and audits it.</summary>
    public static async Task<Result> HandleAsync(Request request, ILetterStore letters, IOrganisationRegister organisations, IAuditLog audit, TimeProvider clock, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        ArgumentNullException.ThrowIfNull(request.Actor);
        ArgumentNullException.ThrowIfNull(letters);
        ArgumentNullException.ThrowIfNull(organisations);
        ArgumentNullException.ThrowIfNull(audit);
        ArgumentNullException.ThrowIfNull(clock);
        var errors = new Dictionary<string, string>(StringComparer.Ordinal);
        if (!request.Actor.Roles.Any(Editors.Contains))
        {
            errors[nameof(Request.Actor)] = "Only SLT, the head teacher or a deputy head may edit letter templates.";
            return new Result(null, errors);
        }

        var school = await SchoolInContext.FindAsync(request.Actor.OrganisationId, organisations, cancellationToken).ConfigureAwait(false);
        if (school?.Pack is not { } pack)
        {
            errors[nameof(Request.Actor)] = "Your organisation has no policy pack, so it has no letters.";
            return new Result(null, errors);
        }

        if (!Enum.IsDefined(request.Kind) || LetterKinds.Find(pack, request.Kind) is null)
        {
            var offered = LetterKinds.OfferedBy(pack);
            errors[nameof(Request.Kind)] = $"The {pack.Title} offers no {LetterKinds.Name(request.Kind)} letter. " +
                (offered.Count == 0 ? "It offers no letters." : "It offers: " + string.Join(", ", offered.Select(o => LetterKinds.Name(o.Kind))) + ".");
            return new Result(null, errors);
        }

        var body = request.ResetToDefault ? DefaultLetterTemplates.For(pack, request.Kind)?.Body : request.Body?.ReplaceLineEndings("\n");
        CheckBody(body, errors);
        if (errors.Count > 0)
        {
            return new Result(null, errors);
        }

        var latest = await letters.LatestTemplateAsync(school.School.Id, pack.Id, request.Kind, cancellationToken).ConfigureAwait(false);
        var now = clock.GetUtcNow();
        var template = new LetterTemplate
        {
            OrganisationId = school.School.Id,
            PackId = pack.Id,
            Kind = request.Kind,
            Version = (latest?.Version ?? 0) + 1,
            Body = body!,
            IsDefault = request.ResetToDefault,
            SavedAt = now,
            SavedByUserId = request.Actor.UserId,
        };
        template = template with { Id = await letters.AddTemplateAsync(template, cancellationToken).ConfigureAwait(false) };
        await audit.AppendAsync(
            new AuditEvent(now, request.Actor.UserId, EvidenceAudit.ActorOf(request.Actor), AuditAction.Create, EvidenceAudit.LetterTemplate, template.Id, school.School.Id,
                $"letter template {LetterKinds.Name(template.Kind)} version {template.Version.ToString(CultureInfo.InvariantCulture)}" + (template.IsDefault ? " (reset to default)" : string.Empty)),
            cancellationToken).ConfigureAwait(false);
        return new Result(template, errors);
    }

    private static void CheckBody(string? body, Dictionary<string, string> errors)
    {
        if (string.IsNullOrWhiteSpace(body))
        {
            errors[nameof(Request.Body)] = "Write the letter.";
        }
        else if (body.Length > MaxBodyLength)
        {
            errors[nameof(Request.Body)] = $"A letter template must be {MaxBodyLength} characters or fewer.";
        }
        else if (LetterPlaceholders.Problems(body) is { Count: > 0 } problems)
        {
            errors[nameof(Request.Body)] = string.Join(" ", problems);
        }
    }
}
