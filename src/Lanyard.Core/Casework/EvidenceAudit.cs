using System.Globalization;

namespace Lanyard.Core.Casework;

/// <summary>How the evidence and letter use cases name themselves and their records in the audit log.</summary>
internal static class EvidenceAudit
{
    /// <summary>The subject kind of an evidence item.</summary>
    public const string Evidence = "evidence";

    /// <summary>The subject kind of a case.</summary>
    public const string Case = "case";

    /// <summary>The subject kind of an issued letter.</summary>
    public const string Letter = "letter";

    /// <summary>The subject kind of a letter template.</summary>
    public const string LetterTemplate = "letter-template";

    /// <summary>The actor as the log shows them: their user id, nothing personal.</summary>
    public static string ActorOf(CaseActor actor) => actor.UserId.ToString(CultureInfo.InvariantCulture);
}
