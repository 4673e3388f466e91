using Lanyard.Core.Audit;
using Lanyard.Core.Casework;
using Lanyard.Core.Casework.Letters;
using Lanyard.Core.Organisations;
using Lanyard.Core.People;
using Lanyard.Core.Policies;
using Lanyard.Core.Tests.Casework.Evidence;

namespace Lanyard.Core.Tests.Casework.Letters;

public sealed class LetterTests
{
    private static readonly Dictionary<string, string?> ParentFields = new(StringComparer.Ordinal)
    {
        [LetterPlaceholders.RecipientName] = "Mr and Mrs Example",
        [LetterPlaceholders.SignatoryName] = "Hannah Head",
        [LetterPlaceholders.SignatoryRole] = "Head Teacher",
    };

    private sealed class World(string packId)
    {
        public CaseWorld Cases { get; } = new();

        public InMemoryLetterStore Letters { get; } = new();

        public InMemoryOrganisations Organisations { get; } = new(new Organisation(1, "Example Primary", OrganisationLevel.School, null, packId));

        public CaseActor Slt { get; } = new(UserId: 5, PersonId: 50, Name: "Sam Senior", OrganisationId: 1, Roles: [StaffRole.Teacher, StaffRole.Slt]);

        public Task<long> CaseAsync(CaseStage stage = CaseStage.Triaged) =>
            Cases.CaseAsync(packId, CaseType.ParentPost, stage, location: "https://social.example/p/9");

        public Task<IssueLetter.Result> IssueAsync(long caseId, LetterKind kind, IReadOnlyDictionary<string, string?> fields, bool mayAct = true) =>
            IssueLetter.HandleAsync(new IssueLetter.Request(mayAct ? Cases.Dsl : CaseWorld.Teacher, caseId, kind, fields), Cases.Cases, Letters, Organisations, new CasePacks(Organisations, new NoPolicyVersions()), Cases.Audit, Cases.Clock, CancellationToken.None);

        public Task<SaveLetterTemplate.Result> SaveAsync(CaseActor actor, LetterKind kind, string? body, bool reset = false) =>
            SaveLetterTemplate.HandleAsync(new SaveLetterTemplate.Request(actor, kind, body, reset), Letters, Organisations, Cases.Audit, Cases.Clock, CancellationToken.None);
    }

    [Fact]
    public void Heathcoat_parents_10_OffersAWrittenWarningLetter()
    {
        var offers = LetterKinds.OfferedBy(Pack("heathcoat"));

        offers.Select(o => o.Kind).ShouldBe([LetterKind.RemovalRequest, LetterKind.WrittenWarning]);
        offers.Single(o => o.Kind == LetterKind.WrittenWarning).Clause.ShouldBe("heathcoat.parents.10");
    }

    [Fact]
    public void Chapmanslade_parents_02_03_OffersRemovalRequestAndMeetingInvitation_AndNoWrittenWarning()
    {
        var offers = LetterKinds.OfferedBy(Pack("chapmanslade"));

        offers.Select(o => (o.Kind, o.Clause)).ShouldBe([(LetterKind.RemovalRequest, "chapmanslade.parents.02"), (LetterKind.MeetingInvitation, "chapmanslade.parents.03")]);
    }

    [Fact]
    public void St_marys_sefton_app1_09_ReportToPlatform_OffersAPlatformLetter() =>
        LetterKinds.Find(Pack("st-marys-sefton"), LetterKind.PlatformRemovalRequest).ShouldNotBeNull().Clause.ShouldBe("st-marys-sefton.app1.09");

    [Fact]
    public void Cambrian_employer_action_05_AskHostToRemove_OffersAPlatformLetterOnly() =>
        LetterKinds.OfferedBy(Pack("cambrian")).ShouldHaveSingleItem().ShouldBe(new LetterOffer(LetterKind.PlatformRemovalRequest, Lanyard.Core.Policies.Parameters.EscalationStepKind.AskHostToRemove, "cambrian.employer-action.05"));

    [Fact]
    public void Testbourne_WithNoParentPostLadder_OffersNoLetters() =>
        LetterKinds.OfferedBy(Pack("testbourne")).ShouldBeEmpty();

    [Fact]
    public void ShippedDefaults_AreExactlyTheLettersEachPackOffers()
    {
        var expected = Lanyard.Core.Policies.Loading.BuiltInPacks.Ids
            .SelectMany(id => LetterKinds.OfferedBy(Pack(id)).Select(o => (id, o.Kind)))
            .OrderBy(k => k.id, StringComparer.Ordinal).ThenBy(k => k.Kind);

        DefaultLetterTemplates.All.Keys.OrderBy(k => k.PackId, StringComparer.Ordinal).ThenBy(k => k.Kind).ShouldBe(expected);
    }

    [Fact]
    public void ShippedDefaults_UseOnlyDefinedPlaceholders_AndCiteTheirOwnLadderClause()
    {
        foreach (var ((packId, kind), body) in DefaultLetterTemplates.All)
        {
            LetterPlaceholders.Problems(body).ShouldBeEmpty($"{packId}/{kind}");
            body.ShouldContain(LetterKinds.Find(Pack(packId), kind)!.Clause, Case.Sensitive, $"{packId}/{kind}");
            var cited = System.Text.RegularExpressions.Regex.Matches(body, @"[a-z-]+\.[a-z0-9-]+\.\d{2}").Select(m => m.Value);
            cited.ShouldAllBe(c => Pack(packId).FindClause(c) != null, $"{packId}/{kind} cites only its own pack's clauses");
        }
    }

    [Fact]
    public void Render_FillsKnownValues_AndListsTheUnfilled()
    {
        var rendered = LetterPlaceholders.Render(
            "Dear {{recipient.name}}, about {{ content.url }} on {{meeting.datetime}} and {{meeting.datetime}}.",
            new Dictionary<string, string?>(StringComparer.Ordinal) { ["recipient.name"] = "Ms Example", ["content.url"] = "https://x.example/1", ["meeting.datetime"] = " " });

        rendered.Text.ShouldBe("Dear Ms Example, about https://x.example/1 on {{meeting.datetime}} and {{meeting.datetime}}.");
        rendered.Unfilled.ShouldBe(["meeting.datetime"]);
        rendered.IsComplete.ShouldBeFalse();
    }

    [Theory]
    [InlineData("Dear {{recipient.nmae}},", "{{recipient.nmae}}")]
    [InlineData("Dear {{recipient.name},", "not written as {{name}}")]
    [InlineData("Dear {{ Recipient }},", "not written as {{name}}")]
    public void Problems_UnknownOrMalformedPlaceholder_IsReported(string body, string expected) =>
        string.Join(" ", LetterPlaceholders.Problems(body)).ShouldContain(expected);

    [Fact]
    public async Task Heathcoat_parents_10_WrittenWarning_IsIssuedFromTheDefault_WithEntryAndAudit()
    {
        var world = new World("heathcoat");
        var caseId = await world.CaseAsync();

        var result = await world.IssueAsync(caseId, LetterKind.WrittenWarning, ParentFields);

        result.Errors.ShouldBeEmpty();
        var letter = result.Letter.ShouldNotBeNull();
        letter.TemplateVersion.ShouldBe(0);
        letter.PackId.ShouldBe("heathcoat");
        letter.Text.ShouldContain("Dear Mr and Mrs Example,");
        letter.Text.ShouldContain("Example Primary");
        letter.Text.ShouldContain("https://social.example/p/9");
        letter.Text.ShouldContain("12 March 2025");
        letter.Text.ShouldContain(CaseReference.Of((await world.Cases.Cases.GetAsync(caseId, CancellationToken.None))!.Case));
        letter.Text.ShouldNotContain("{{");
        world.Letters.Letters.ShouldHaveSingleItem().Id.ShouldBe(letter.Id);
        var entry = world.Cases.Cases.Entries[^1];
        entry.Step.ShouldBe(CaseStep.AddNote);
        entry.From.ShouldBe(CaseStage.Triaged);
        entry.To.ShouldBe(CaseStage.Triaged);
        entry.Details[CaseDetails.LetterId].ShouldBe(letter.Id.ToString(System.Globalization.CultureInfo.InvariantCulture));
        entry.Clauses.ShouldBe(["heathcoat.parents.10"]);
        var audit = world.Cases.Audit.Events.ShouldHaveSingleItem();
        audit.Action.ShouldBe(AuditAction.Create);
        audit.SubjectKind.ShouldBe("letter");
        audit.Detail.ShouldNotBeNull().ShouldNotContain("Example");
    }

    [Fact]
    public async Task Issue_WithAnUnfilledPlaceholder_IsRefusedListingThem_AndWritesNothing()
    {
        var world = new World("heathcoat");
        var caseId = await world.CaseAsync();
        var entriesBefore = world.Cases.Cases.Entries.Count;

        var result = await world.IssueAsync(caseId, LetterKind.WrittenWarning, new Dictionary<string, string?>(StringComparer.Ordinal) { [LetterPlaceholders.RecipientName] = "Mr Example" });

        result.Succeeded.ShouldBeFalse();
        result.Errors[nameof(IssueLetter.Request.Fields)].ShouldBe("Fill in every placeholder before issuing the letter: signatory.name, signatory.role.");
        result.Rendered.ShouldNotBeNull().Unfilled.ShouldBe(["signatory.name", "signatory.role"]);
        world.Letters.Letters.ShouldBeEmpty();
        world.Cases.Cases.Entries.Count.ShouldBe(entriesBefore);
        world.Cases.Audit.Events.ShouldBeEmpty();
    }

    [Fact]
    public async Task Chapmanslade_WrittenWarning_IsRefusedBecauseThePolicyNamesNone()
    {
        var world = new World("chapmanslade");
        var caseId = await world.CaseAsync();

        var result = await world.IssueAsync(caseId, LetterKind.WrittenWarning, ParentFields);

        result.Errors[nameof(IssueLetter.Request.Kind)].ShouldContain("offers no written-warning letter");
        world.Letters.Letters.ShouldBeEmpty();
    }

    [Fact]
    public async Task Issue_OnAClosedCase_IsRefused()
    {
        var world = new World("heathcoat");
        var caseId = await world.CaseAsync(CaseStage.Closed);

        var result = await world.IssueAsync(caseId, LetterKind.RemovalRequest, ParentFields);

        result.Errors[nameof(IssueLetter.Request.CaseId)].ShouldContain("closed case");
        world.Letters.Letters.ShouldBeEmpty();
    }

    [Fact]
    public async Task Issue_TypingAValueTheRecordsGive_IsRefused()
    {
        var world = new World("heathcoat");
        var caseId = await world.CaseAsync();

        var result = await world.IssueAsync(caseId, LetterKind.RemovalRequest, new Dictionary<string, string?>(ParentFields) { [LetterPlaceholders.SchoolName] = "Another School" });

        result.Errors[nameof(IssueLetter.Request.Fields)].ShouldContain("school.name");
        world.Letters.Letters.ShouldBeEmpty();
    }

    [Fact]
    public async Task St_marys_sefton_app1_09_PlatformLetter_ListsEvidenceHashesButNeverAnIndecentImage()
    {
        var world = new World("st-marys-sefton");
        var caseId = await world.CaseAsync();
        var screenshot = await world.Cases.RecordAsync(CaseWorld.Screenshot(world.Cases.Dsl, caseId, CaseWorld.Bytes("p.png", [1, 2, 3])));
        await world.Cases.RecordAsync(new RecordEvidence.Request(world.Cases.Dsl, caseId, EvidenceKind.Physical, null, null, "Dana Lead", null, "Phone", true, "Safe", "Head", null));

        var result = await world.IssueAsync(caseId, LetterKind.PlatformRemovalRequest, new Dictionary<string, string?>(ParentFields) { [LetterPlaceholders.ContentPlatform] = "Social Example" });

        result.Errors.ShouldBeEmpty();
        result.Letter!.Text.ShouldContain("- E1: screenshot, https://social.example/p/123, captured 2025-03-12 07:30 GMT, SHA-256 " + screenshot.Item!.Sha256);
        result.Letter.Text.ShouldNotContain("E2");
        result.Letter.Text.ShouldNotContain("Safe");
    }

    [Fact]
    public async Task SaveTemplate_ByATeacher_IsRefused()
    {
        var world = new World("heathcoat");
        var teacher = new CaseActor(6, 60, "Tom Teacher", 1, [StaffRole.Teacher, StaffRole.Dsl]);

        var result = await world.SaveAsync(teacher, LetterKind.RemovalRequest, "Dear {{recipient.name}}, please remove it.");

        result.Errors[nameof(SaveLetterTemplate.Request.Actor)].ShouldContain("Only SLT");
        world.Letters.Templates.ShouldBeEmpty();
        world.Cases.Audit.Events.ShouldBeEmpty();
    }

    [Theory]
    [InlineData(StaffRole.Slt)]
    [InlineData(StaffRole.Headteacher)]
    [InlineData(StaffRole.DeputyHead)]
    public async Task SaveTemplate_BySeniorLeaders_IsSaved(StaffRole role)
    {
        var world = new World("heathcoat");

        var result = await world.SaveAsync(world.Slt with { Roles = [role] }, LetterKind.RemovalRequest, "Dear {{recipient.name}}, please remove it. {{signatory.name}}");

        result.Succeeded.ShouldBeTrue();
    }

    [Fact]
    public async Task SaveTemplate_WithAnUnknownPlaceholder_IsRefusedAndNamesIt()
    {
        var world = new World("heathcoat");

        var result = await world.SaveAsync(world.Slt, LetterKind.RemovalRequest, "Dear {{parent.name}}, please remove {{content.url}}.");

        result.Errors[nameof(SaveLetterTemplate.Request.Body)].ShouldContain("Unknown placeholder {{parent.name}}");
        world.Letters.Templates.ShouldBeEmpty();
    }

    [Fact]
    public async Task SaveTemplate_ForALetterThePackDoesNotOffer_IsRefused()
    {
        var world = new World("chapmanslade");

        var result = await world.SaveAsync(world.Slt, LetterKind.WrittenWarning, "Dear {{recipient.name}}");

        result.Errors[nameof(SaveLetterTemplate.Request.Kind)].ShouldContain("It offers: removal-request, meeting-invitation.");
    }

    [Fact]
    public async Task SaveTemplate_EachSaveIsANewVersion_TheLatestIsUsed_AndAResetIsAVersionToo()
    {
        var world = new World("heathcoat");
        var caseId = await world.CaseAsync();

        (await world.SaveAsync(world.Slt, LetterKind.RemovalRequest, "V1 {{recipient.name}}")).Template!.Version.ShouldBe(1);
        (await world.SaveAsync(world.Slt, LetterKind.RemovalRequest, "V2 {{recipient.name}} from {{school.name}}")).Template!.Version.ShouldBe(2);
        var issued = await world.IssueAsync(caseId, LetterKind.RemovalRequest, ParentFields);
        var reset = await world.SaveAsync(world.Slt, LetterKind.RemovalRequest, null, reset: true);
        var afterReset = await world.IssueAsync(caseId, LetterKind.RemovalRequest, ParentFields);

        issued.Letter!.Text.ShouldBe("V2 Mr and Mrs Example from Example Primary");
        issued.Letter.TemplateVersion.ShouldBe(2);
        reset.Template!.Version.ShouldBe(3);
        reset.Template.IsDefault.ShouldBeTrue();
        reset.Template.Body.ShouldBe(DefaultLetterTemplates.For("heathcoat", LetterKind.RemovalRequest)!.Body);
        afterReset.Letter!.TemplateVersion.ShouldBe(3);
        afterReset.Letter.Text.ShouldContain("heathcoat.parents.08");
        world.Letters.Templates.Select(t => t.Version).ShouldBe([1, 2, 3]);
        world.Cases.Audit.Events.Where(e => e.SubjectKind == "letter-template").Select(e => e.Detail).ShouldBe(
            ["letter template removal-request version 1", "letter template removal-request version 2", "letter template removal-request version 3 (reset to default)"]);
    }

    private static PolicyPack Pack(string id) => Lanyard.Core.Policies.Loading.BuiltInPacks.Get(id);
}
