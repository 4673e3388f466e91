using Lanyard.Core.Policies;

namespace Lanyard.Core.Connections;

/// <summary>
/// The answer to "may this member of staff connect with this person?": the strictest standing
/// reason decides, under which pack version, with every reason and note.
/// </summary>
/// <param name="Verdict">Allow, warn, hold or block.</param>
/// <param name="PackId">The pack judged under.</param>
/// <param name="PackVersion">Its version.</param>
/// <param name="Question">The question asked, in words (action, person, platform).</param>
/// <param name="Reasons">Every rule of the pack that applied, in the order it was considered.</param>
/// <param name="Notes">
/// What the reader should know that no clause says: where the policy is silent, assumptions
/// about missing data, and why an exception did or did not count.
/// </param>
/// <param name="DecidingRole">For a hold, the role that must decide; null otherwise.</param>
/// <param name="AppliedException">The exception that lifted a hold or block, if one did.</param>
public sealed record ConnectionVerdict(
    Verdict Verdict,
    string PackId,
    string PackVersion,
    string Question,
    IReadOnlyList<ConnectionReason> Reasons,
    IReadOnlyList<string> Notes,
    Role? DecidingRole,
    ExceptionGrant? AppliedException);
