using Lanyard.Core.Policies;
using Lanyard.Core.Policies.Loading;
using Lanyard.Core.Policies.Parameters;

namespace Lanyard.Core.Accounts;

/// <summary>
/// Use case: does an official account meet the school's policy? Applies every validator of the
/// pack's <c>officialAccounts</c> (§3 row 13) and its rule on pupils' own use (§3 row 16), and
/// reports each rule not met with its clause, verdict and what to fix. Any block rejects the
/// account. A pack that says nothing about accounts applies no rule, and the answer says so: Lanyard
/// never borrows another school's rules.
/// </summary>
public static class ValidateOfficialAccount
{
    /// <summary>The rule name used for a problem from the pack's pupil-access answer (§3 row 16).</summary>
    public const string PupilAccessRule = "pupil-access";

    /// <summary>Judges the account under the pack, as of <see cref="AccountContext.Today"/>.</summary>
    public static AccountValidation Handle(OfficialAccount account, PolicyPack pack, AccountContext context)
    {
        ArgumentNullException.ThrowIfNull(account);
        ArgumentNullException.ThrowIfNull(pack);
        ArgumentNullException.ThrowIfNull(context);
        var problems = new List<AccountProblem>();
        var notes = new List<string>();
        var rules = pack.Parameters.OfficialAccounts;
        var pupilRule = pack.Parameters.PupilAccess;
        var policy = $"{pack.Organisation.Name}'s policy";
        if (rules is null && pupilRule is null)
        {
            notes.Add($"{policy} says nothing about official accounts, so no rule is checked: the register records the account as it is.");
            return Result(pack, problems, notes, policySilent: true);
        }

        if (rules is null)
        {
            notes.Add($"{policy} sets no requirements for official accounts; only its rule on pupils' use of social media is checked.");
        }

        foreach (var validator in rules?.Validators ?? [])
        {
            if (NotApplied(validator, account) is { } reason)
            {
                notes.Add(reason);
                continue;
            }

            if (AccountRuleChecks.Check(validator, account, pack, context) is { } failure)
            {
                problems.Add(new AccountProblem(YamlNaming.Kebab(validator.Rule), validator.Clause, validator.Verdict, failure.Field, failure.Message));
            }
        }

        if (pupilRule is not null && account.PupilAccess.PupilsUseIt
            && PupilAccessProblem(pupilRule, rules, account, pack, context) is { } pupilProblem)
        {
            problems.Add(pupilProblem);
        }

        return Result(pack, problems, notes, policySilent: false);
    }

    private static string? NotApplied(AccountValidator validator, OfficialAccount account)
    {
        var rule = YamlNaming.Kebab(validator.Rule);
        if (account.Platform.Kind is { } kind && validator.ExemptPlatforms.Contains(kind))
        {
            return $"{validator.Clause} ({rule}) does not apply: {account.Platform.Name} is a {YamlNaming.Kebab(kind).Replace('-', ' ')}, which the policy exempts.";
        }

        if (validator.Purposes.Count > 0 && !validator.Purposes.Contains(account.Purpose))
        {
            var covered = AccountWording.Either([.. validator.Purposes.Select(p => YamlNaming.Kebab(p).Replace('-', ' '))]);
            return $"{validator.Clause} ({rule}) does not apply: it covers {covered} accounts, and this is a {YamlNaming.Kebab(account.Purpose).Replace('-', ' ')} account.";
        }

        return null;
    }

    /// <summary>
    /// The pack's answer on pupils' own use, applied to an account pupils use. A school-led-only
    /// answer is met by any registered account (it is school-led by being in the register); the
    /// age-gated answer is skipped when a platform-age validator already checks the same thing, so
    /// one fact is not reported twice.
    /// </summary>
    private static AccountProblem? PupilAccessProblem(PupilAccessRule rule, OfficialAccountRules? accountRules, OfficialAccount account, PolicyPack pack, AccountContext context)
    {
        var clause = rule.Clauses[0];
        var verdict = pack.FindClause(clause)?.Verdict is { } stated and not Verdict.Allow ? stated : Verdict.Block;
        switch (rule.Mode)
        {
            case PupilAccessMode.None:
                return new AccountProblem(
                    PupilAccessRule,
                    clause,
                    verdict,
                    nameof(OfficialAccount.PupilAccess),
                    $"Pupils use this account, but {pack.Organisation.Name}'s policy says pupils should have no access to social media at school. Remove pupil access from the account.");
            case PupilAccessMode.AgeGated
                when accountRules?.Validators.Any(v => v.Rule == AccountRule.PlatformMinimumAgeFitsPupils) != true:
                return AccountRuleChecks.MinimumAgeFailure(account, pack, context) is { } failure
                    ? new AccountProblem(PupilAccessRule, clause, verdict, failure.Field, failure.Message)
                    : null;
            default:
                return null;
        }
    }

    private static AccountValidation Result(PolicyPack pack, List<AccountProblem> problems, List<string> notes, bool policySilent)
    {
        var verdict = problems.Count == 0 ? Verdict.Allow : problems.Max(p => p.Verdict);
        var decision = verdict switch
        {
            Verdict.Block => AccountDecision.Rejected,
            Verdict.Hold => AccountDecision.Held,
            Verdict.Flag => AccountDecision.Flagged,
            _ => AccountDecision.Accepted,
        };
        return new AccountValidation(decision, verdict, pack.Id, pack.Version, problems, notes, policySilent);
    }
}
