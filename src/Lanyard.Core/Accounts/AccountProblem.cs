using Lanyard.Core.Policies;

namespace Lanyard.Core.Accounts;

/// <summary>
/// One rule of the school's policy an account does not meet, explained: which rule, the clause it
/// comes from, what the pack says to do, which fact to fix, and how.
/// </summary>
/// <param name="Rule">The rule as written in the pack, e.g. <c>linked-email-school-domain</c>; <c>pupil-access</c> for the pack's rule on pupils' own use (§3 row 16).</param>
/// <param name="ClauseId">The clause cited, e.g. <c>heathcoat.sanctioned.07</c>.</param>
/// <param name="Verdict">Block (the account is rejected), hold, flag or warn.</param>
/// <param name="Field">The <see cref="OfficialAccount"/> property to fix, e.g. <c>LinkedEmail</c>.</param>
/// <param name="Message">What is wrong and what to do about it, in plain English.</param>
public sealed record AccountProblem(string Rule, string ClauseId, Verdict Verdict, string Field, string Message);
