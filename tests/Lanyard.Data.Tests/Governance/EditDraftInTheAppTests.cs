using Lanyard.Core.Governance;
using Lanyard.Core.People;
using Lanyard.Core.Policies;

namespace Lanyard.Data.Tests.Governance;

/// <summary>
/// Issue 6, "clauses and parameters edited in the app": a draft changed through the form (version
/// label, a clause's wording, the review cycle) without touching YAML, stored on both providers,
/// read back as the pack, and shown by the clause diff; bad values refused by field, nothing stored.
/// </summary>
public class EditDraftInTheAppTests
{
    private static readonly DateOnly Today = new(2026, 3, 2);

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task StMarys_meta_03_GovernorsAgreeACycle_AndRewordAClause_InTheApp_TheDiffShowsBoth_AndTheYamlKeepsItsComments(DatabaseProvider provider)
    {
        await using var test = await TestDatabase.CreateAsync(provider);
        await using var work = test.Work();
        var school = await GovernanceTestSchool.CreateAsync(work, "st-marys-sefton", Today);
        var head = await school.StaffAsync("Hana", "Head", StaffRole.Headteacher);
        var draft = (await school.DraftAsync(head)).Draft.ShouldNotBeNull();
        var clause = GovernanceTestSchool.Shipped("st-marys-sefton").Clauses[5];
        const string Wording = "Staff must not \"friend\" pupils\\children: see 4.1(c)";

        var settings = await EditPolicyDraft.HandleAsync(new EditPolicyDraft.Request(draft.Id, head, Version: "2.1", ReviewCycleMonths: "24"), school.Ports, school.Clock, CancellationToken.None);
        var worded = await EditPolicyDraft.HandleAsync(new EditPolicyDraft.Request(draft.Id, head, ClauseId: clause.Id, Summary: Wording), school.Ports, school.Clock, CancellationToken.None);

        settings.Errors.ShouldBeEmpty();
        worded.Errors.ShouldBeEmpty();
        var stored = (await school.Ports.Versions.GetAsync(draft.Id, CancellationToken.None)).ShouldNotBeNull();
        stored.Version.ShouldBe("2.1");
        var pack = PolicyVersions.Load(stored);
        (pack.Version, pack.Review.CycleMonths).ShouldBe(("2.1", 24));
        pack.FindClause(clause.Id)!.Summary.ShouldBe(Wording);
        stored.Yaml.ShouldContain("# no review cycle or next-review date is stated", Case.Sensitive, "the draft keeps the pack's comments");

        var diff = DiffPacks.Handle(GovernanceTestSchool.Shipped("st-marys-sefton"), pack);
        diff.ChangedClauses.ShouldHaveSingleItem().ClauseId.ShouldBe(clause.Id);
        diff.Metadata.ShouldContain(f => f.Field == "review.cycleMonths");
    }

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task BadValues_AreRefusedByField_AndNothingIsStored(DatabaseProvider provider)
    {
        await using var test = await TestDatabase.CreateAsync(provider);
        await using var work = test.Work();
        var school = await GovernanceTestSchool.CreateAsync(work, "testbourne", Today);
        var head = await school.StaffAsync("Hana", "Head", StaffRole.Headteacher);
        var teacher = await school.StaffAsync("Tia", "Teacher", StaffRole.Teacher);
        var draft = (await school.DraftAsync(head)).Draft.ShouldNotBeNull();

        var cycle = await EditPolicyDraft.HandleAsync(new EditPolicyDraft.Request(draft.Id, head, ReviewCycleMonths: "two years"), school.Ports, school.Clock, CancellationToken.None);
        var blankWording = await EditPolicyDraft.HandleAsync(new EditPolicyDraft.Request(draft.Id, head, ClauseId: "testbourne.5d.01", Summary: "  "), school.Ports, school.Clock, CancellationToken.None);
        var noSuchClause = await EditPolicyDraft.HandleAsync(new EditPolicyDraft.Request(draft.Id, head, ClauseId: "testbourne.99.99", Summary: "New"), school.Ports, school.Clock, CancellationToken.None);
        var blankVersion = await EditPolicyDraft.HandleAsync(new EditPolicyDraft.Request(draft.Id, head, Version: ""), school.Ports, school.Clock, CancellationToken.None);
        var byATeacher = await EditPolicyDraft.HandleAsync(new EditPolicyDraft.Request(draft.Id, teacher, Version: "1.2.0"), school.Ports, school.Clock, CancellationToken.None);

        cycle.Errors["reviewCycleMonths"].ShouldBe("The review cycle is a whole number of months from 1 to 120, or blank for none.");
        blankWording.Errors["summary"].ShouldBe("Give the wording of testbourne.5d.01.");
        noSuchClause.Errors["summary"].ShouldBe("Cannot change it: the pack has no clause 'testbourne.99.99' with a summary.");
        blankVersion.Errors["version"].ShouldBe("Give the new version its own label, e.g. 1.2.0.");
        byATeacher.Errors.ShouldNotBeEmpty();
        byATeacher.Draft.ShouldBeNull();
        (await school.Ports.Versions.GetAsync(draft.Id, CancellationToken.None))!.Yaml.ShouldBe(draft.Yaml);
    }
}
