using Lanyard.Core.Policies;

namespace Lanyard.Core.Accounts;

/// <summary>
/// Use case: does registering this account make the policy due for review? Chapmanslade's policy
/// was written for a school with no social media account of its own, and says it must be reviewed
/// if the school starts one (review.01), so the first account registered opens a review task.
/// Later accounts, and schools whose policy does not say so, open nothing.
/// </summary>
public static class FirstAccountReview
{
    /// <summary>The task's title.</summary>
    public const string Title = "Policy review due";

    /// <summary>The review task to store, or null when none is due.</summary>
    /// <param name="pack">The school's pack.</param>
    /// <param name="existingAccountCount">Official accounts the school already has in the register, not counting this one.</param>
    /// <param name="account">The account being registered.</param>
    /// <param name="today">The day it is registered.</param>
    /// <exception cref="ArgumentOutOfRangeException">The count is negative.</exception>
    public static PolicyReviewTask? Handle(PolicyPack pack, int existingAccountCount, OfficialAccount account, DateOnly today)
    {
        ArgumentNullException.ThrowIfNull(pack);
        ArgumentNullException.ThrowIfNull(account);
        ArgumentOutOfRangeException.ThrowIfNegative(existingAccountCount);
        if (pack.Parameters.OfficialAccounts is not { FirstAccountTriggersReview: true } rules || existingAccountCount > 0)
        {
            return null;
        }

        var clauseId = TriggerClause(pack, rules.Clauses, rules.Validators.Select(v => v.Clause));
        var clause = pack.FindClause(clauseId);
        var assignee = clause?.AppliesTo.Where(IsReviewer).Select(r => (Role?)r).FirstOrDefault();
        var reviewer = pack.Review.Reviewer ?? (assignee is { } role ? AccountWording.Role(role) : null);
        var who = reviewer is null ? "Whoever reviews the policy" : $"The {reviewer}";
        var description =
            $"{pack.Organisation.Name}'s policy must be reviewed if the school starts its own social media account ({clauseId}). " +
            $"{account} is the school's first official account, registered on {AccountWording.Date(today)}. " +
            $"{who} should review the policy for official accounts and record the review; until then the account is pending policy review.";
        return new PolicyReviewTask(pack.Id, clauseId, assignee, pack.Review.Reviewer, Title, description, today);
    }

    /// <summary>
    /// The clause behind the trigger: the one the account rules and the review schedule both
    /// cite (Chapmanslade review.01), else the first account-rule clause no validator cites.
    /// </summary>
    private static string TriggerClause(PolicyPack pack, IReadOnlyList<string> ruleClauses, IEnumerable<string> validatorClauses)
    {
        var checkedByValidators = validatorClauses.ToHashSet(StringComparer.Ordinal);
        return ruleClauses.FirstOrDefault(c => pack.Review.Clauses.Contains(c, StringComparer.Ordinal))
            ?? ruleClauses.FirstOrDefault(c => !checkedByValidators.Contains(c))
            ?? ruleClauses[0];
    }

    private static bool IsReviewer(Role role) => role is Role.GoverningBody or Role.Governors or Role.Committee or Role.Slt or Role.Headteacher or Role.Trust or Role.Coo;
}
