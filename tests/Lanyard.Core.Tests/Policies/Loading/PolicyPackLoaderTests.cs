using Lanyard.Core.Policies;
using Lanyard.Core.Policies.Loading;
using Lanyard.Core.Policies.Parameters;

namespace Lanyard.Core.Tests.Policies.Loading;

public class PolicyPackLoaderTests
{
    private const string Source = "packs/example.yaml";

    private static PackLoadResult Load(string yaml) => PolicyPackLoader.LoadText(yaml, Source);

    private static PackDiagnostic SingleError(string yaml)
    {
        var result = Load(yaml);
        result.Pack.ShouldBeNull("a pack with an error must never half-load");
        result.Errors.Count.ShouldBe(1, string.Join(Environment.NewLine, result.Errors));
        return result.Errors[0];
    }

    [Fact]
    public void LoadText_MinimalPack_LoadsEveryField()
    {
        var result = Load(TestPacks.Minimal);

        result.Errors.ShouldBeEmpty();
        var pack = result.Pack.ShouldNotBeNull();
        pack.Id.ShouldBe("example-primary");
        pack.Organisation.Level.ShouldBe(OrganisationLevel.School);
        pack.Approval.Date.ShouldBe(PackDate.OfMonth(2024, 9));
        pack.Review.CycleMonths.ShouldBe(12);
        pack.BoundRoles.ShouldBe([Role.Staff, Role.Governors]);
        pack.Parameters.FormerPupilContact.ShouldBe(new PupilContactRule
        {
            Blocked = AgeRule.UnderAge,
            Age = 18,
            Actions = [ConnectionAction.AcceptRequest, ConnectionAction.SendRequest],
            Clauses = ["example-primary.staff.01"],
        }, new PupilContactRuleComparer());
        pack.Parameters.CurrentPupilContact.ShouldBeNull("an absent parameter is silence");
        pack.Clauses.Count.ShouldBe(2);
        pack.FindClause("example-primary.staff.01")!.Verdict.ShouldBe(Verdict.Block);
    }

    [Fact]
    public void LoadText_UnknownKey_NamesLineColumnAndAllowedKeys()
    {
        var yaml = TestPacks.With("  cycleMonths: 12", "  reviewCycle: 12");

        var error = SingleError(yaml);

        error.Source.ShouldBe(Source);
        error.Line.ShouldBe(TestPacks.LineOf(yaml, "reviewCycle"));
        error.Column.ShouldBe(3);
        error.Message.ShouldContain("unknown key 'reviewCycle' in review");
        error.Message.ShouldContain("allowed: cycleMonths, cycleAsStated, lastReviewed, nextReview, triggers, reviewer, clauses");
    }

    [Fact]
    public void LoadText_MissingRequiredField_NamesTheKey()
    {
        var yaml = TestPacks.With("title: Example Primary School Social Media Policy\n", string.Empty);

        var error = SingleError(yaml);

        error.Line.ShouldBe(1);
        error.Message.ShouldBe("missing required key 'title' in the pack");
    }

    [Fact]
    public void LoadText_MissingRequiredClauseField_PointsAtTheClause()
    {
        var yaml = TestPacks.With("    enforce: record-only\n", string.Empty);

        var error = SingleError(yaml);

        error.Line.ShouldBe(TestPacks.LineOf(yaml, "- id: example-primary.meta.01"));
        error.Message.ShouldBe("missing required key 'enforce' in clauses[0]");
    }

    [Fact]
    public void LoadText_DuplicateClauseId_RefersToTheFirst()
    {
        var yaml = TestPacks.With("- id: example-primary.staff.01", "- id: example-primary.meta.01")
            .Replace("clauses: [example-primary.staff.01]", "clauses: [example-primary.meta.01]", StringComparison.Ordinal);

        var error = SingleError(yaml);

        error.Line.ShouldBe(yaml.Split('\n').ToList().FindLastIndex(l => l.Contains("- id: example-primary.meta.01", StringComparison.Ordinal)) + 1);
        error.Message.ShouldContain("duplicate clause id 'example-primary.meta.01': already used at line " + TestPacks.LineOf(yaml, "- id: example-primary.meta.01"));
    }

    [Theory]
    [InlineData("    kind: governance", "    kind: rule", "clauses[0].kind: unknown value 'rule'; allowed: content, connection, account, usage, procedure, governance, guidance, scope, definition")]
    [InlineData("    enforce: record-only", "    enforce: manual", "clauses[0].enforce: unknown value 'manual'; allowed: pre-check, connection-check, account-register, usage-rule, workflow, reminder, declaration, record-only, guidance-only")]
    [InlineData("    appliesTo: [governors]", "    appliesTo: [janitor]", "clauses[0].appliesTo[0]: unknown value 'janitor'; allowed: everyone, staff, staff-personal-account")]
    [InlineData("  level: school", "  level: county", "organisation.level: unknown value 'county'; allowed: school, trust, federation")]
    public void LoadText_UnknownEnumValue_ListsWhatIsAllowed(string find, string replace, string expected)
    {
        var yaml = TestPacks.With(find, replace);

        var error = SingleError(yaml);

        error.Line.ShouldBe(TestPacks.LineOf(yaml, replace.Trim()));
        error.Message.ShouldStartWith(expected);
    }

    [Theory]
    [InlineData("  date: 2024-09", "  date: September 2024", "approval.date must be a date written yyyy-MM-dd or yyyy-MM, found 'September 2024'")]
    [InlineData("  lastReviewed: 2024-09-15", "  lastReviewed: 2024-02-30", "review.lastReviewed must be a date written yyyy-MM-dd or yyyy-MM, found '2024-02-30'")]
    public void LoadText_BadDate_IsAnError(string find, string replace, string expected)
    {
        var yaml = TestPacks.With(find, replace);

        var error = SingleError(yaml);

        error.Line.ShouldBe(TestPacks.LineOf(yaml, replace.Trim()));
        error.Column.ShouldBe(replace.IndexOf(':', StringComparison.Ordinal) + 3);
        error.Message.ShouldBe(expected);
    }

    [Theory]
    [InlineData("    age: 18", "    age: eighteen", "parameters.formerPupilContact.age must be a whole number, found 'eighteen'")]
    [InlineData("    age: 18", "    age: [18]", "parameters.formerPupilContact.age must be a whole number, not a list")]
    [InlineData("    actions: [accept-request, send-request]", "    actions: accept-request", "parameters.formerPupilContact.actions must be a list (a YAML sequence)")]
    [InlineData("  cycleMonths: 12", "  cycleMonths: yearly", "review.cycleMonths must be a whole number, found 'yearly'")]
    public void LoadText_ParameterOfWrongType_SaysWhatTypeIsExpected(string find, string replace, string expected)
    {
        var error = SingleError(TestPacks.With(find, replace));

        error.Message.ShouldBe(expected);
    }

    [Fact]
    public void LoadText_ClauseIdOfAnotherPack_IsRejected()
    {
        var yaml = TestPacks.With("- id: example-primary.staff.01", "- id: heathcoat.staff.01")
            .Replace("clauses: [example-primary.staff.01]", "clauses: [example-primary.meta.01]", StringComparison.Ordinal);

        var error = SingleError(yaml);

        error.Line.ShouldBe(TestPacks.LineOf(yaml, "- id: heathcoat.staff.01"));
        error.Message.ShouldBe("clause id 'heathcoat.staff.01' does not belong to pack 'example-primary': ids in this pack start with 'example-primary.'");
    }

    [Fact]
    public void LoadText_ParameterCitingMissingClause_IsRejected()
    {
        var yaml = TestPacks.With("clauses: [example-primary.staff.01]", "clauses: [example-primary.staff.02]");

        var error = SingleError(yaml);

        error.Line.ShouldBe(TestPacks.LineOf(yaml, "  formerPupilContact:") + 1);
        error.Message.ShouldBe("example-primary.parameters.formerPupilContact.clauses cites clause 'example-primary.staff.02', which is not a clause of pack 'example-primary'");
    }

    [Fact]
    public void LoadText_VerdictOnRecordOnlyClause_IsRejected()
    {
        var yaml = TestPacks.With("    summary: Approved by the Governing Board in September 2024", "    summary: Approved by the Governing Board in September 2024\n    verdict: block");

        var error = SingleError(yaml);

        error.Message.ShouldContain("has verdict 'block', but only checking clauses give verdicts");
        error.Message.ShouldContain("(this clause is 'record-only')");
    }

    [Fact]
    public void LoadText_UnderAgeWithoutAge_IsRejected()
    {
        var error = SingleError(TestPacks.With("    age: 18\n", string.Empty));

        error.Message.ShouldBe("blocked: under-age needs age (the age the ban lasts until)");
    }

    [Fact]
    public void LoadText_NullForRequiredValue_IsRejected()
    {
        var error = SingleError(TestPacks.With("version: \"1.0\"", "version: ~"));

        error.Message.ShouldBe("version must have a value; null is not allowed here");
    }

    [Fact]
    public void LoadText_InvalidYaml_ReportsWhereTheParserStopped()
    {
        var yaml = TestPacks.With("boundRoles: [staff, governors]", "boundRoles: [staff, governors");

        var error = SingleError(yaml);

        error.Message.ShouldStartWith("not valid YAML:");
        error.Line.ShouldBeGreaterThanOrEqualTo(TestPacks.LineOf(yaml, "boundRoles"));
    }

    [Fact]
    public void LoadText_BadIndentation_ReportsTheLine()
    {
        var yaml = TestPacks.With("  level: school", "  level: school\n   phase: primary");

        var error = SingleError(yaml);

        error.Message.ShouldStartWith("not valid YAML:");
        error.Line.ShouldBe(TestPacks.LineOf(yaml, "phase: primary"));
    }

    [Fact]
    public void LoadText_DuplicateYamlKey_IsRejectedWithItsLine()
    {
        var yaml = TestPacks.With("version: \"1.0\"", "version: \"1.0\"\nversion: \"2.0\"");

        var error = SingleError(yaml);

        error.Line.ShouldBe(TestPacks.LineOf(yaml, "version: \"2.0\""));
        error.Message.ShouldContain("Duplicate key");
    }

    [Fact]
    public void LoadText_SeveralErrors_AllReportedInFileOrder()
    {
        var yaml = TestPacks.With("  level: school", "  level: county").Replace("    kind: connection", "    kind: rule", StringComparison.Ordinal);

        var result = Load(yaml);

        result.Pack.ShouldBeNull();
        result.Errors.Select(e => e.Line).ShouldBe([TestPacks.LineOf(yaml, "level: county"), TestPacks.LineOf(yaml, "kind: rule")]);
    }

    [Fact]
    public void LoadText_SourceDocumentHashMismatch_IsRejected()
    {
        using var document = new MemoryStream("not the policy"u8.ToArray());

        var result = PolicyPackLoader.LoadText(TestPacks.Minimal, Source, _ => document);

        result.Pack.ShouldBeNull();
        result.Errors.ShouldHaveSingleItem().Message.ShouldStartWith("source.sha256 does not match the source document 'example.txt'");
    }

    [Fact]
    public void LoadFile_MissingFile_IsAnErrorNotAnException()
    {
        var result = PolicyPackLoader.LoadFile(Path.Combine(Path.GetTempPath(), Guid.NewGuid() + ".yaml"));

        result.Pack.ShouldBeNull();
        result.Errors.ShouldHaveSingleItem().Message.ShouldStartWith("cannot read the pack file");
    }

    [Fact]
    public void LoadFile_ChecksSourceDocumentBesideThePack()
    {
        var directory = Directory.CreateTempSubdirectory("lanyard-pack-");
        try
        {
            Directory.CreateDirectory(Path.Combine(directory.FullName, "sources"));
            var documentText = "Example Primary School Social Media Policy"u8.ToArray();
            File.WriteAllBytes(Path.Combine(directory.FullName, "sources", "example.txt"), documentText);
            var hash = Convert.ToHexStringLower(System.Security.Cryptography.SHA256.HashData(documentText));
            var path = Path.Combine(directory.FullName, "example.yaml");
            File.WriteAllText(path, TestPacks.Minimal.Replace(new string('0', 64), hash, StringComparison.Ordinal));

            var result = PolicyPackLoader.LoadFile(path);

            result.Errors.ShouldBeEmpty();
            result.Pack.ShouldNotBeNull().Source.Sha256.ShouldBe(hash);
        }
        finally
        {
            directory.Delete(recursive: true);
        }
    }

    [Fact]
    public void LoadText_NoReviewCycle_WarnsButLoads()
    {
        var result = Load(TestPacks.With("  cycleMonths: 12\n", string.Empty));

        result.Pack.ShouldNotBeNull();
        result.Warnings.ShouldContain(w => w.Message.StartsWith("no review cycle set", StringComparison.Ordinal));
    }

    [Fact]
    public void LoadText_ChangeHistoryDatedBackwards_Warns()
    {
        var yaml = TestPacks.With("boundRoles:", """
            changeHistory:
              - { version: "0.1", date: 2016-11-29, details: Initial draft }
              - { version: "0.1.1", date: 2016-01-05, details: Amendments }
            boundRoles:
            """);

        var result = Load(yaml);

        result.Pack.ShouldNotBeNull();
        result.Warnings.ShouldHaveSingleItem().Message.ShouldBe("change history out of order: version 0.1.1 is dated 2016-01-05, before version 0.1 dated 2016-11-29");
    }

    [Fact]
    public void LoadText_AmbiguousSignatureDate_WarnsWithBothReadings()
    {
        var yaml = TestPacks.With("  clauses: [example-primary.meta.01]\nreview:", """
              signatures:
                - { role: co-chairs-of-governors, signedInCopy: true, dateAsPrinted: "12-10-21", dateReadings: [2021-10-12, 2021-12-10] }
              clauses: [example-primary.meta.01]
            review:
            """);

        var result = Load(yaml);

        result.Pack.ShouldNotBeNull();
        result.Warnings.ShouldContain(w => w.Message == "the co-chairs-of-governors date '12-10-21' is ambiguous: it reads as 2021-10-12 or 2021-12-10");
    }

    private sealed class PupilContactRuleComparer : IEqualityComparer<PupilContactRule?>
    {
        public bool Equals(PupilContactRule? x, PupilContactRule? y) =>
            x is not null && y is not null && x.Blocked == y.Blocked && x.Age == y.Age
            && x.Actions.SequenceEqual(y.Actions) && x.Clauses.SequenceEqual(y.Clauses);

        public int GetHashCode(PupilContactRule? obj) => obj?.Age ?? 0;
    }
}
