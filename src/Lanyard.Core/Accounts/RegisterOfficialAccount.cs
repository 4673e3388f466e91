using Lanyard.Core.Policies;

namespace Lanyard.Core.Accounts;

/// <summary>
/// Use case: everything that follows from adding an account to the register, decided without
/// writing anything: whether it may be registered, every problem, and the policy review it
/// triggers. The caller stores the account (unless rejected) and the task in one transaction.
/// </summary>
public static class RegisterOfficialAccount
{
    /// <summary>The outcome.</summary>
    /// <param name="Validation">The account judged under the pack.</param>
    /// <param name="PolicyReview">The review task to store, when registering the account triggers one.</param>
    public sealed record Result(AccountValidation Validation, PolicyReviewTask? PolicyReview)
    {
        /// <summary>True when the account goes into the register (everything but a rejection).</summary>
        public bool Registered => !Validation.Rejected;

        /// <summary>True when the account waits on the policy review it triggered.</summary>
        public bool PendingPolicyReview => PolicyReview is not null;
    }

    /// <summary>Judges the account and works out the review it triggers; a rejected account triggers nothing, because it is not started.</summary>
    /// <param name="account">The account to register.</param>
    /// <param name="pack">The school's pack.</param>
    /// <param name="context">The school's domains and today.</param>
    /// <param name="existingAccountCount">Official accounts the school already has in the register.</param>
    public static Result Handle(OfficialAccount account, PolicyPack pack, AccountContext context, int existingAccountCount)
    {
        ArgumentNullException.ThrowIfNull(context);
        var validation = ValidateOfficialAccount.Handle(account, pack, context);
        var review = validation.Rejected ? null : FirstAccountReview.Handle(pack, existingAccountCount, account, context.Today);
        return new Result(validation, review);
    }
}
