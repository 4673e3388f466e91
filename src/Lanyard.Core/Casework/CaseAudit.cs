using System.Globalization;
using Lanyard.Core.Audit;
using Lanyard.Core.Policies.Loading;

namespace Lanyard.Core.Casework;

/// <summary>The audit events the reading use cases append: record kind and id, and a fixed phrase, never personal data.</summary>
internal static class CaseAudit
{
    /// <summary>The subject kind of a case.</summary>
    public const string CaseSubject = "case";

    /// <summary>The subject kind of a person's record.</summary>
    public const string PersonSubject = "person";

    /// <summary>A view of <paramref name="subjectKind"/> <paramref name="subjectId"/> by the actor.</summary>
    public static AuditEvent View(CaseActor actor, string subjectKind, long subjectId, long? organisationId, string detail, TimeProvider clock) =>
        new(clock.GetUtcNow(), actor.UserId, actor.UserId.ToString(CultureInfo.InvariantCulture), AuditAction.View, subjectKind, subjectId, organisationId, detail);

    /// <summary>The fixed phrase for a view at a level, e.g. <c>view full</c>.</summary>
    public static string ViewAt(CaseAccessLevel level) => $"view {YamlNaming.Kebab(level)}";
}
