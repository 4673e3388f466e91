using System.Text.Json;
using Lanyard.Core.Governance;
using Lanyard.Core.Policies;
using Lanyard.Core.Policies.Loading;

namespace Lanyard.Core.Tests.Governance;

public class DiffPacksTests
{
    private static readonly PolicyPack Testbourne = BuiltInPacks.Get("testbourne");

    private static PolicyPack EditClause(PolicyPack pack, string clauseId, Func<Clause, Clause> edit) =>
        pack with { Clauses = [.. pack.Clauses.Select(c => c.Id == clauseId ? edit(c) : c)] };

    [Theory]
    [InlineData("chapmanslade")]
    [InlineData("testbourne")]
    [InlineData("cambrian")]
    [InlineData("st-marys-sefton")]
    [InlineData("heathcoat")]
    public void Handle_SameVersionTwice_IsIdenticalAndAsksNothingOfStaff(string id)
    {
        var pack = BuiltInPacks.Get(id);

        var diff = DiffPacks.Handle(pack, pack);

        diff.Identical.ShouldBeTrue();
        diff.SamePack.ShouldBeTrue();
        diff.ClausesToReacknowledge.ShouldBeEmpty();
    }

    [Fact]
    public void Handle_ChangedSummary_GivesOldAndNewAndStaffReacknowledgeOnlyThatClause()
    {
        var next = EditClause(Testbourne, "testbourne.1.01", c => c with { Summary = "Keep personal and professional lives apart" });

        var diff = DiffPacks.Handle(Testbourne, next);

        var change = diff.ChangedClauses.ShouldHaveSingleItem();
        change.ClauseId.ShouldBe("testbourne.1.01");
        change.Fields.ShouldBe([new DiffPacks.FieldChange("summary", "Staff must always keep their personal and professional lives separate", "Keep personal and professional lives apart")]);
        diff.ClausesToReacknowledge.ShouldBe(["testbourne.1.01"]);
        diff.AddedClauses.ShouldBeEmpty();
        diff.RemovedClauses.ShouldBeEmpty();
    }

    [Fact]
    public void Handle_EveryClauseFieldThatChanged_IsNamedAsWrittenInYaml_InClauseOrder()
    {
        var next = EditClause(Testbourne, "testbourne.1.02", c => c with
        {
            Kind = ClauseKind.Guidance,
            Enforce = EnforceMechanism.GuidanceOnly,
            AppliesTo = [Role.Staff, Role.Governors],
            Verdict = null,
            Severity = Severity.Disciplinary,
        });

        var diff = DiffPacks.Handle(Testbourne, next);

        var fields = diff.ChangedClauses.ShouldHaveSingleItem().Fields;
        fields.Select(f => f.Field).ShouldBe(["kind", "enforce", "appliesTo", "verdict", "severity"]);
        fields.ShouldContain(new DiffPacks.FieldChange("enforce", "pre-check", "guidance-only"));
        fields.ShouldContain(new DiffPacks.FieldChange("appliesTo", "[staff]", "[staff, governors]"));
        fields.ShouldContain(new DiffPacks.FieldChange("verdict", "warn", null));
        fields.ShouldContain(new DiffPacks.FieldChange("severity", null, "disciplinary"));
    }

    [Fact]
    public void Handle_RemovedAndAddedClauses_AreListedInDocumentOrder_OnlyAddedOnesAreReacknowledged()
    {
        var added = new Clause
        {
            Id = "testbourne.1.03",
            Kind = ClauseKind.Content,
            Enforce = EnforceMechanism.PreCheck,
            AppliesTo = [Role.Staff],
            Summary = "Do not post photographs of the staff room",
            Verdict = Verdict.Warn,
        };
        var clauses = Testbourne.Clauses.Where(c => c.Id != "testbourne.meta.04").ToList();
        clauses.Insert(clauses.FindIndex(c => c.Id == "testbourne.1.02") + 1, added);
        var next = Testbourne with { Clauses = clauses };

        var diff = DiffPacks.Handle(Testbourne, next);

        diff.RemovedClauses.Select(c => c.Id).ShouldBe(["testbourne.meta.04"]);
        diff.AddedClauses.ShouldBe([added]);
        diff.ChangedClauses.ShouldBeEmpty();
        diff.ClausesToReacknowledge.ShouldBe(["testbourne.1.03"]);
    }

    [Fact]
    public void Handle_WithdrawnClause_ShowsAsChangedButNobodySignsForIt()
    {
        var next = EditClause(Testbourne, "testbourne.1.01", c => c with { Withdrawn = true });

        var diff = DiffPacks.Handle(Testbourne, next);

        diff.ChangedClauses.ShouldHaveSingleItem().Fields.ShouldBe([new DiffPacks.FieldChange("withdrawn", "false", "true")]);
        diff.ClausesToReacknowledge.ShouldBeEmpty();
    }

    [Fact]
    public void Testbourne_5d_05_FormerPupilAgeRaised_ParameterKeyAsInYaml_StaffReacknowledgeItsClauses()
    {
        var next = Testbourne with
        {
            Parameters = Testbourne.Parameters with { FormerPupilContact = Testbourne.Parameters.FormerPupilContact! with { Age = 21 } },
        };

        var diff = DiffPacks.Handle(Testbourne, next);

        var change = diff.ChangedParameters.ShouldHaveSingleItem();
        change.Key.ShouldBe("formerPupilContact");
        change.Fields.ShouldBe([new DiffPacks.FieldChange("age", "18", "21")]);
        change.Clauses.ShouldBe(["testbourne.5d.04", "testbourne.5d.05"]);
        diff.ChangedClauses.ShouldBeEmpty();
        diff.ClausesToReacknowledge.ShouldBe(["testbourne.5d.04", "testbourne.5d.05"]);
    }

    [Fact]
    public void Testbourne_5d_09_OneContentRuleChanged_OnlyThatRulesClauseIsReacknowledged()
    {
        var checks = Testbourne.Parameters.ContentChecks!;
        var rules = checks.Rules.ToList();
        rules[0] = rules[0] with { Verdict = Verdict.Block };
        var next = Testbourne with { Parameters = Testbourne.Parameters with { ContentChecks = checks with { Rules = rules } } };

        var diff = DiffPacks.Handle(Testbourne, next);

        var change = diff.ChangedParameters.ShouldHaveSingleItem();
        change.Key.ShouldBe("contentChecks");
        change.Fields.ShouldBe([new DiffPacks.FieldChange("rules[0].verdict", "warn", "block")]);
        change.AffectedClauses.ShouldBe(["testbourne.5d.09"]);
        change.Clauses.Count.ShouldBeGreaterThan(10);
        diff.ClausesToReacknowledge.ShouldBe(["testbourne.5d.09"]);
    }

    [Fact]
    public void Testbourne_5d_07_WarningBandDropped_IsARemovedParameter_ItsStandingClausesAreReacknowledged()
    {
        var band = Testbourne.Parameters.FormerPupilWarning!;
        var next = Testbourne with { Parameters = Testbourne.Parameters with { FormerPupilWarning = null } };

        var diff = DiffPacks.Handle(Testbourne, next);
        var back = DiffPacks.Handle(next, Testbourne);

        var removed = diff.RemovedParameters.ShouldHaveSingleItem();
        removed.Key.ShouldBe("formerPupilWarning");
        removed.Clauses.ShouldBe(band.Clauses);
        diff.ClausesToReacknowledge.ShouldBe([.. Testbourne.Clauses.Select(c => c.Id).Where(band.Clauses.Contains)]);
        back.AddedParameters.ShouldHaveSingleItem().Key.ShouldBe("formerPupilWarning");
        back.ClausesToReacknowledge.ShouldBe(diff.ClausesToReacknowledge);
    }

    [Fact]
    public void Handle_Metadata_ReviewApprovalAndBoundRolesChanges_ByYamlPath()
    {
        PackDate.TryParse("2024-11-20", out var approved).ShouldBeTrue();
        var next = Testbourne with
        {
            Version = "1.2.0",
            Approval = Testbourne.Approval with { Date = approved },
            Review = Testbourne.Review with { CycleMonths = 24 },
            BoundRoles = [.. Testbourne.BoundRoles, Role.Secondees],
        };

        var diff = DiffPacks.Handle(Testbourne, next);

        diff.Metadata.ShouldBe(
        [
            new DiffPacks.FieldChange("version", "1.1.0", "1.2.0"),
            new DiffPacks.FieldChange("approval.date", "2017-04", "2024-11-20"),
            new DiffPacks.FieldChange("review.cycleMonths", "12", "24"),
            new DiffPacks.FieldChange("boundRoles", "[governors, employees, contractors, trainees, volunteers]", "[governors, employees, contractors, trainees, volunteers, secondees]"),
        ]);
        diff.ClausesToReacknowledge.ShouldBeEmpty();
        diff.Identical.ShouldBeFalse();
    }

    [Fact]
    public void Handle_NewChangeHistoryRow_IsOneEntryNotTheWholeList()
    {
        var row = new ChangeHistoryEntry { Version = "1.2.0", Details = "Annual review: former-pupil age raised" };
        var next = Testbourne with { ChangeHistory = [.. Testbourne.ChangeHistory, row] };

        var diff = DiffPacks.Handle(Testbourne, next);

        var change = diff.Metadata.ShouldHaveSingleItem();
        change.Field.ShouldBe($"changeHistory[{Testbourne.ChangeHistory.Count}]");
        change.Old.ShouldBeNull();
        change.New.ShouldBe("""{"version":"1.2.0","details":"Annual review: former-pupil age raised"}""");
    }

    [Fact]
    public void Handle_DifferentPacks_SaysSoAndStillDiffs()
    {
        var heathcoat = BuiltInPacks.Get("heathcoat");

        var diff = DiffPacks.Handle(Testbourne, heathcoat);

        diff.SamePack.ShouldBeFalse();
        diff.Metadata[0].ShouldBe(new DiffPacks.FieldChange("id", "testbourne", "heathcoat"));
        diff.RemovedClauses.Count.ShouldBe(Testbourne.Clauses.Count);
        diff.AddedClauses.Select(c => c.Id).ShouldBe(heathcoat.Clauses.Select(c => c.Id));
    }

    [Fact]
    public void Handle_IsDeterministic()
    {
        var next = BuiltInPacks.Get("cambrian");

        var first = JsonSerializer.Serialize(DiffPacks.Handle(Testbourne, next), LanyardJson.Options);
        var second = JsonSerializer.Serialize(DiffPacks.Handle(Testbourne, next), LanyardJson.Options);

        second.ShouldBe(first);
    }
}
