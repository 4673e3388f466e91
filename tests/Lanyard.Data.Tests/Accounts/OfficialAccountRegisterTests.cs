using Lanyard.Core.Accounts;
using Lanyard.Core.Governance;
using Lanyard.Core.People;
using Lanyard.Core.Policies;
using Lanyard.Core.Policies.Parameters;
using Lanyard.Data.Accounts;

namespace Lanyard.Data.Tests.Accounts;

/// <summary>
/// The official account register end to end: form in, judged under the school's pack, stored (or
/// not) with its problems and the review task it raises, read back; on both providers.
/// </summary>
public class OfficialAccountRegisterTests
{
    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task Heathcoat_CurriculumAccountOnGmail_RejectedCitingSanctioned07_NothingWritten(DatabaseProvider provider)
    {
        await using var test = await TestDatabase.CreateAsync(provider);
        await using var work = test.Work();
        var school = await AccountsTestSchool.CreateAsync(work, "heathcoat", "heathcoat.devon.sch.uk");

        var result = await school.AddAsync(school.CompliantForm() with { LinkedEmail = "class6teacher@gmail.com" });

        result.Registered.ShouldBeFalse();
        result.AccountId.ShouldBeNull();
        result.Validation!.Decision.ShouldBe(AccountDecision.Rejected);
        result.Validation.Problems.Select(p => p.ClauseId).ShouldBe(["heathcoat.sanctioned.07"]);
        result.Errors.Keys.ShouldBe([nameof(OfficialAccountForm.LinkedEmail)]);
        result.Errors[nameof(OfficialAccountForm.LinkedEmail)].ShouldContain("class6teacher@gmail.com");
        result.Errors[nameof(OfficialAccountForm.LinkedEmail)].ShouldEndWith("(heathcoat.sanctioned.07)");
        (await school.CountAsync("official_accounts")).ShouldBe(0);
        (await school.CountAsync("account_admins")).ShouldBe(0);
        (await school.CountAsync("review_tasks")).ShouldBe(0);
    }

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task Heathcoat_SameAccountOnTheFederationsDomain_Accepted(DatabaseProvider provider)
    {
        await using var test = await TestDatabase.CreateAsync(provider);
        await using var work = test.Work();
        var school = await AccountsTestSchool.CreateAsync(work, "heathcoat", "heathcoat.devon.sch.uk");

        var result = await school.AddAsync(school.CompliantForm());

        result.Errors.ShouldBeEmpty();
        result.Validation!.Decision.ShouldBe(AccountDecision.Accepted);
        result.PolicyReview.ShouldBeNull("Heathcoat's policy ties no review to its first account");
    }

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task Chapmanslade_FirstAccount_WritesReviewTaskCitingReview01_SecondAccountWritesNone(DatabaseProvider provider)
    {
        await using var test = await TestDatabase.CreateAsync(provider);
        await using var work = test.Work();
        var school = await AccountsTestSchool.CreateAsync(work, "chapmanslade", "chapmanslade.wilts.sch.uk");

        var first = await school.AddAsync(school.CompliantForm("@ChapmansladeSch") with { Platform = "Facebook", Purpose = "communications" });
        var second = await school.AddAsync(school.CompliantForm("@ChapmansladeClass6"));

        first.Registered.ShouldBeTrue();
        first.PolicyReview.ShouldNotBeNull();
        first.PolicyReview.Id.ShouldBeGreaterThan(0);
        second.Registered.ShouldBeTrue();
        second.PolicyReview.ShouldBeNull();
        var open = await school.Reviews.ListOpenAsync(school.SchoolId, CancellationToken.None);
        var task = open.ShouldHaveSingleItem();
        task.ShouldBe(first.PolicyReview);
        task.ClauseId.ShouldBe("chapmanslade.review.01");
        task.Kind.ShouldBe(ReviewTaskKind.EarlyReview);
        task.Trigger.ShouldBe(ReviewTrigger.FirstOfficialAccount);
        task.PackId.ShouldBe("chapmanslade");
        task.PackVersion.ShouldBe("October 2021");
        task.AssigneeRole.ShouldBe(Role.GoverningBody);
        task.Reviewer.ShouldBe("Governing Board");
        task.RaisedOn.ShouldBe(AccountsTestSchool.Today);
        task.DueOn.ShouldBeNull();
        task.State.ShouldBe(ReviewTaskState.Open);
        task.AccountId.ShouldBe(first.AccountId);
        task.Description.ShouldContain("Facebook @ChapmansladeSch");
        var register = await school.ListAsync();
        register.Accounts.Single(a => a.Id == first.AccountId).PendingPolicyReview.ShouldBe(task);
        register.Accounts.Single(a => a.Id == second.AccountId).PendingPolicyReview.ShouldBeNull();
    }

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task Chapmanslade_RejectedFirstAccount_WritesNoTask_TheNextAccountIsStillTheFirst(DatabaseProvider provider)
    {
        await using var test = await TestDatabase.CreateAsync(provider);
        await using var work = test.Work();
        var school = await AccountsTestSchool.CreateAsync(work, "chapmanslade", "chapmanslade.wilts.sch.uk");

        // personal-pupil.03: Chapmanslade gives pupils no access to social media at school.
        var withPupils = await school.AddAsync(school.CompliantForm() with { PupilsUseIt = true, PupilYearGroups = "5, 6", ParentsInformedOn = new DateOnly(2026, 9, 9) });
        var without = await school.AddAsync(school.CompliantForm());

        withPupils.Registered.ShouldBeFalse();
        withPupils.Errors["PupilAccess"].ShouldContain("(chapmanslade.personal-pupil.03)");
        without.PolicyReview.ShouldNotBeNull();
        (await school.CountAsync("review_tasks")).ShouldBe(1);
    }

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task Testbourne_ValidAccount_RoundTripsWithAdminsApprovalAndPupilAccess(DatabaseProvider provider)
    {
        await using var test = await TestDatabase.CreateAsync(provider);
        long schoolId;
        long accountId;
        long beth;
        long head;
        OfficialAccountForm form;
        await using (var work = test.Work())
        {
            var school = await AccountsTestSchool.CreateAsync(work, "testbourne", "testbourne.hants.sch.uk");
            schoolId = school.SchoolId;
            beth = await school.StaffAsync("Beth", "Baker", StaffRole.Teacher);
            head = await school.StaffAsync("Helen", "Head", StaffRole.Headteacher);
            await school.PupilAsync("P10", new DateOnly(2011, 5, 1), "Year 10");
            form = school.CompliantForm("@TestbourneGeog") with
            {
                Platform = "Instagram",
                DisplayName = "Testbourne Geography",
                Url = "https://instagram.com/TestbourneGeog",
                Admins =
                [
                    new OfficialAccountForm.Admin { PersonId = beth },
                    new OfficialAccountForm.Admin(),
                    new OfficialAccountForm.Admin { Name = "Field Trips Ltd", Email = "accounts@fieldtrips.example" },
                ],
                ApproverName = null,
                ApproverPersonId = head,
                ApproverRole = "headteacher",
                PupilsUseIt = true,
                PupilYearGroups = "Year 10 - Year 11",
                PupilAccessSince = new DateOnly(2026, 10, 1),
                ParentsInformedOn = new DateOnly(2026, 9, 20),
                PlatformMinimumAge = 13,
            };

            var added = await school.AddAsync(form);

            added.Errors.ShouldBeEmpty();
            added.Validation!.Decision.ShouldBe(AccountDecision.Accepted);
            accountId = added.AccountId!.Value;
            await work.CommitAsync(CancellationToken.None);
        }

        await using var reading = test.Work();
        var stored = (await new OfficialAccountStore(reading).GetAsync(accountId, CancellationToken.None))!;
        var account = stored.Account;
        account.OrganisationId.ShouldBe(schoolId);
        account.Platform.ShouldBe(new AccountPlatform("Instagram", null));
        account.Handle.ShouldBe("@TestbourneGeog");
        account.Url.ShouldBe(new Uri("https://instagram.com/TestbourneGeog"));
        account.DisplayName.ShouldBe("Testbourne Geography");
        account.Purpose.ShouldBe(AccountPurpose.Curriculum);
        account.LinkedEmail!.ToString().ShouldBe("office@testbourne.hants.sch.uk");
        account.Admins.ShouldBe(
        [
            new AccountPerson(beth, "Beth Baker", "b.baker@testbourne.hants.sch.uk"),
            new AccountPerson(null, "Field Trips Ltd", "accounts@fieldtrips.example"),
        ]);
        account.Approval.ShouldBe(new AccountApproval(new AccountPerson(head, "Helen Head", "h.head@testbourne.hants.sch.uk"), Role.Headteacher, new DateOnly(2026, 9, 7)));
        account.LeadershipNotifiedOn.ShouldBe(new DateOnly(2026, 9, 8));
        account.PupilAccess.PupilsUseIt.ShouldBeTrue();
        account.PupilAccess.YearGroups.ShouldBe([10, 11]);
        account.PupilAccess.Since.ShouldBe(new DateOnly(2026, 10, 1));
        account.PlatformMinimumAge.ShouldBe(13);
        account.ParentsInformedOn.ShouldBe(new DateOnly(2026, 9, 20));
        account.PolicyLinkUrl.ShouldBe(new Uri("https://school.example/policies/social-media"));
        account.SafetyMeasures.ShouldBe("Closed membership; every post moderated by the class teacher");
        account.NextAttestationOn.ShouldBe(new DateOnly(2027, 9, 1));
        account.PersonalAccountLink.ShouldBe(PersonalAccountLink.Separate);
        stored.Validation.Decision.ShouldBe(AccountDecision.Accepted);
        stored.Validation.PackId.ShouldBe("testbourne");
        stored.Validation.PackVersion.ShouldBe("1.1.0");
        stored.Validation.Problems.ShouldBeEmpty();
        stored.ValidatedOn.ShouldBe(AccountsTestSchool.Today);
        stored.LastAttestation.ShouldBeNull();
        var back = OfficialAccountForm.From(account);
        back.Admins.ShouldBe([new OfficialAccountForm.Admin { PersonId = beth, Name = "Beth Baker", Email = "b.baker@testbourne.hants.sch.uk" }, form.Admins[2]]);
        (back with { Admins = form.Admins }).ShouldBe(form with
        {
            ApproverName = "Helen Head",
            ApproverEmail = "h.head@testbourne.hants.sch.uk",
            PupilYearGroups = "10, 11",
            PersonalAccountLink = "separate",
        });
    }

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task Testbourne_HeldAccount_StoredWithItsProblems_NotesSurvive(DatabaseProvider provider)
    {
        await using var test = await TestDatabase.CreateAsync(provider);
        await using var work = test.Work();
        var school = await AccountsTestSchool.CreateAsync(work, "testbourne", "testbourne.hants.sch.uk");

        // 5b.21: approval of the SLT, which a head of house is not; the account waits for it.
        var result = await school.AddAsync(school.CompliantForm() with { ApproverRole = "head-of-house", Platform = "LinkedIn", LinkedEmail = "beth.baker@gmail.com" });

        result.Registered.ShouldBeTrue();
        result.Errors.ShouldBeEmpty();
        var stored = (await school.Accounts.GetAsync(result.AccountId!.Value, CancellationToken.None))!;
        var judged = result.Validation!;
        stored.Validation.Decision.ShouldBe(AccountDecision.Held);
        stored.Validation.Verdict.ShouldBe(Verdict.Hold);
        stored.Validation.Problems.ShouldBe(judged.Problems);
        stored.Validation.Problems.ShouldHaveSingleItem().ClauseId.ShouldBe("testbourne.5b.21");
        stored.Validation.Notes.ShouldBe(judged.Notes);
        stored.Validation.PolicySilent.ShouldBeFalse();
        stored.Validation.Notes.ShouldContain(n => n.StartsWith("testbourne.5b.06", StringComparison.Ordinal), "5b.07 exempts LinkedIn from the school-email rule");
        stored.Account.Platform.Kind.ShouldBe(PlatformKind.ProfessionalNetwork);
    }

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task Testbourne_PupilOnRollYoungerThanThePlatformAllows_RejectedByDateOfBirth(DatabaseProvider provider)
    {
        await using var test = await TestDatabase.CreateAsync(provider);
        await using var work = test.Work();
        var school = await AccountsTestSchool.CreateAsync(work, "testbourne", "testbourne.hants.sch.uk");
        await school.PupilAsync("P9A", new DateOnly(2013, 3, 1), "Year 9");
        await school.PupilAsync("P9B", new DateOnly(2014, 6, 1), "Y9");          // 12 on 21 November 2026: taught a year up
        await school.PupilAsync("P7", new DateOnly(2015, 1, 1), "Year 7");        // too young, but Year 7 has no access
        await school.PupilAsync("P9C", new DateOnly(2015, 2, 1), "Year 9", left: new DateOnly(2026, 7, 20));
        var form = school.CompliantForm() with { Platform = "Instagram", PupilsUseIt = true, PupilYearGroups = "9", ParentsInformedOn = new DateOnly(2026, 9, 9), PlatformMinimumAge = 13 };

        var result = await school.AddAsync(form);

        result.Registered.ShouldBeFalse();
        result.Errors["PupilAccess"].ShouldContain("the youngest pupil with access is 12 (by date of birth)");
        result.Errors["PupilAccess"].ShouldEndWith("(testbourne.5b.18)");
        (await school.CountAsync("official_accounts")).ShouldBe(0);
    }

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task Add_MalformedForm_EveryFieldNamed_NothingWritten(DatabaseProvider provider)
    {
        await using var test = await TestDatabase.CreateAsync(provider);
        await using var work = test.Work();
        var school = await AccountsTestSchool.CreateAsync(work, "testbourne", "testbourne.hants.sch.uk");
        var form = school.CompliantForm() with
        {
            Platform = " ",
            Purpose = "marketing",
            LinkedEmail = "office at school",
            Admins = [new OfficialAccountForm.Admin { Name = "Beth", Email = "beth@" }, new OfficialAccountForm.Admin { PersonId = 999_999 }],
            ApprovedOn = null,
            PupilsUseIt = true,
            PupilYearGroups = "7, Year 15",
        };

        var result = await school.AddAsync(form);

        result.Validation.ShouldBeNull();
        result.Errors.Keys.ShouldBe(["Platform", "Purpose", "LinkedEmail", "Admins[0].Email", "Admins[1].PersonId", "ApprovedOn", "PupilYearGroups"], ignoreOrder: true);
        result.Errors["PupilYearGroups"].ShouldStartWith("'Year 15' is not a year group");
        result.Errors["Admins[0].Email"].ShouldNotContain("Parameter");
        (await school.CountAsync("official_accounts")).ShouldBe(0);
    }

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task Add_SameHandleOnTheSamePlatformTwice_Refused(DatabaseProvider provider)
    {
        await using var test = await TestDatabase.CreateAsync(provider);
        await using var work = test.Work();
        var school = await AccountsTestSchool.CreateAsync(work, "testbourne", "testbourne.hants.sch.uk");
        await school.AddAsync(school.CompliantForm("@TestbourneCS"));

        var again = await school.AddAsync(school.CompliantForm("@testbournecs"));
        var elsewhere = await school.AddAsync(school.CompliantForm("@TestbourneCS") with { Platform = "Threads" });

        again.Errors["Handle"].ShouldBe("Twitter @TestbourneCS is already in the register. Open that entry to change it.");
        elsewhere.Registered.ShouldBeTrue();
        (await school.CountAsync("official_accounts")).ShouldBe(2);
    }

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task Add_SchoolWithoutEmailDomains_RefusedWithTheReason(DatabaseProvider provider)
    {
        await using var test = await TestDatabase.CreateAsync(provider);
        await using var work = test.Work();
        var school = await AccountsTestSchool.CreateAsync(work, "testbourne", "testbourne.hants.sch.uk");
        await school.Organisations.UpdateSettingsAsync(school.SchoolId, 9, 1, [], CancellationToken.None);

        var result = await school.AddAsync(school.CompliantForm());

        result.Errors["OrganisationId"].ShouldContain("email domains are not recorded");
        (await school.CountAsync("official_accounts")).ShouldBe(0);
    }
}
