using Lanyard.Core.People;
using Lanyard.Core.Policies;
using Lanyard.Core.Policies.Parameters;

namespace Lanyard.Core.Governance;

/// <summary>
/// Use case: who has signed the declaration the policy in force asks for, and who has not, at one
/// school. Read-and-sign (Testbourne) and acknowledgement (Chapmanslade) are required; a pack whose
/// managers ensure understanding (Cambrian) or that says nothing (Heathcoat, St Mary's) requires
/// none, and the result says so. Someone who signed an earlier version owes only the clauses that
/// changed since (<see cref="DiffPacks.Reacknowledge"/> between the version they last signed and the
/// one in force); when none of those bind, they are up to date.
/// </summary>
public static class DeclarationStatus
{
    /// <summary>One member of staff.</summary>
    /// <param name="Person">The member of staff.</param>
    /// <param name="State">Outstanding, re-acknowledge or signed.</param>
    /// <param name="LastSigned">Their latest declaration under this pack, if any.</param>
    /// <param name="ClausesToAcknowledge">What they must acknowledge now, in document order; empty when signed.</param>
    /// <param name="Changes">For re-acknowledgement: the diff from the version they signed, to show them.</param>
    public sealed record Entry(Person Person, DeclarationState State, DeclarationRecord? LastSigned, IReadOnlyList<string> ClausesToAcknowledge, DiffPacks.Difference? Changes);

    /// <summary>The school's position.</summary>
    /// <param name="InForce">The pack in force; null when the organisation has no pack.</param>
    /// <param name="Required">True when the policy asks each member of staff to sign or acknowledge.</param>
    /// <param name="Rule">The policy's declaration rule, when it has one.</param>
    /// <param name="Message">What the policy asks, in a sentence (and why nothing is required, when not).</param>
    /// <param name="Entries">Every bound member of staff, by name; empty when nothing is required.</param>
    public sealed record Result(PackInForce? InForce, bool Required, DeclarationRule? Rule, string Message, IReadOnlyList<Entry> Entries)
    {
        /// <summary>Staff who are up to date.</summary>
        public int SignedCount => Entries.Count(e => e.State == DeclarationState.UpToDate);

        /// <summary>Staff who owe a declaration or re-acknowledgement.</summary>
        public int OutstandingCount => Entries.Count - SignedCount;

        /// <summary>Signed as a percentage of bound staff, to one decimal place; null when nothing is required or nobody is bound.</summary>
        public decimal? CompletionPercent => Required && Entries.Count > 0 ? Math.Round(100m * SignedCount / Entries.Count, 1) : null;
    }

    /// <summary>Reads the position on the clock's today.</summary>
    public static async Task<Result> HandleAsync(long organisationId, GovernancePorts ports, TimeProvider clock, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(ports);
        var today = GovernanceDay.Today(clock);
        var inForce = await PolicyVersions.InForceAsync(organisationId, today, ports.Organisations, ports.Versions, cancellationToken).ConfigureAwait(false);
        if (inForce is null)
        {
            return new Result(null, false, null, PolicyHolder.NoPack, []);
        }

        var pack = inForce.Pack;
        var rule = pack.Parameters.Declaration;
        if (rule is not { Kind: DeclarationKind.ReadAndSign or DeclarationKind.Acknowledgement })
        {
            var why = rule is null
                ? "The policy says nothing about staff declarations, so none is required."
                : $"The policy asks managers to make sure their staff understand it ({string.Join(", ", rule.Clauses)}); no individual declaration is required.";
            return new Result(inForce, false, rule, why, []);
        }

        var bound = await BoundStaff.ListAsync(organisationId, pack, ports.People, cancellationToken).ConfigureAwait(false);
        var declarations = await ports.Declarations.ListAsync(organisationId, cancellationToken).ConfigureAwait(false);
        var packs = new Dictionary<(long?, string), PolicyPack?>();
        var entries = new List<Entry>();
        foreach (var person in bound)
        {
            var last = declarations.Where(d => d.PersonId == person.Id && d.PackId == pack.Id).OrderBy(d => d.SignedOn).ThenBy(d => d.Id).LastOrDefault();
            entries.Add(await EntryForAsync(person, last, inForce, packs, ports.Versions, cancellationToken).ConfigureAwait(false));
        }

        var asks = rule.Kind == DeclarationKind.ReadAndSign
            ? $"Each member of staff bound by the policy reads and signs a declaration for each version ({string.Join(", ", rule.Clauses)})."
            : $"Each member of staff bound by the policy acknowledges that they know its contents ({string.Join(", ", rule.Clauses)}).";
        return new Result(inForce, true, rule, asks, entries);
    }

    private static async Task<Entry> EntryForAsync(
        Person person, DeclarationRecord? last, PackInForce inForce, Dictionary<(long?, string), PolicyPack?> packs, IPolicyVersionRegister versions, CancellationToken cancellationToken)
    {
        var pack = inForce.Pack;
        if (last is null)
        {
            return new Entry(person, DeclarationState.Outstanding, null, [.. pack.Clauses.Where(c => !c.Withdrawn).Select(c => c.Id)], null);
        }

        if (last.VersionId == inForce.VersionId && string.Equals(last.PackVersion, inForce.VersionLabel, StringComparison.Ordinal))
        {
            return new Entry(person, DeclarationState.UpToDate, last, [], null);
        }

        var key = (last.VersionId, last.PackVersion);
        if (!packs.TryGetValue(key, out var signedPack))
        {
            signedPack = await PolicyVersions.PackOfAsync(last.PackId, last.VersionId, versions, cancellationToken).ConfigureAwait(false);
            packs[key] = signedPack;
        }

        // The version they signed cannot be read (a shipped pack replaced by a Lanyard upgrade):
        // nothing to diff against, so the whole policy is asked for again rather than nothing.
        if (signedPack is null)
        {
            return new Entry(person, DeclarationState.Outstanding, last, [.. pack.Clauses.Where(c => !c.Withdrawn).Select(c => c.Id)], null);
        }

        var diff = DiffPacks.Handle(signedPack, pack);
        return diff.ClausesToReacknowledge.Count == 0
            ? new Entry(person, DeclarationState.UpToDate, last, [], diff)
            : new Entry(person, DeclarationState.Reacknowledge, last, diff.ClausesToReacknowledge, diff);
    }
}
