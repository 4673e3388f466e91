using Lanyard.Core.Checking.Pupils;
using Lanyard.Core.Consent;
using Lanyard.Core.Organisations;
using Lanyard.Core.People;
using Lanyard.Core.Policies;
using Lanyard.Core.Policies.Parameters;

namespace Lanyard.Data;

/// <summary>
/// Demo pupils, parents and consent for each demo school, so the post check, the consent register
/// and the connection check have something real to work on. Dates of birth are set relative to
/// today so that year groups and ages stay right whenever the demo is started. Every name is
/// invented. Seeded only into a school with no pupils.
/// </summary>
public static class DemoRoster
{
    private sealed record DemoPupil(string Given, string? Preferred, string Family, int YearGroup, int? LeftSummersAgo = null, bool NeverPublish = false, ConsentChoice? Photo = ConsentChoice.Given, ConsentChoice? Name = ConsentChoice.Given);

    private static readonly DemoPupil[] Pupils =
    [
        new("Amelia", null, "Hughes", 6),
        new("Oliver", "Ollie", "Bennett", 6, Photo: ConsentChoice.Refused, Name: ConsentChoice.Refused),
        new("Isla", null, "Kowalski", 5, Photo: null, Name: null),
        new("Mohammed", null, "Rahman", 5),
        new("Freya", null, "Thompson", 4, Photo: ConsentChoice.Given, Name: ConsentChoice.Refused),
        new("Noah", null, "Adeyemi", 4),
        new("Poppy", null, "Walsh", 3, NeverPublish: true),
        new("Harry", null, "Clarke", 2),
        new("Sophia", "Sophie", "Martin", 1, Photo: null, Name: null),
        new("Jacob", null, "Evans", 11, LeftSummersAgo: 0),
        new("Evie", null, "Morgan", 13, LeftSummersAgo: 2),
    ];

    /// <summary>Seeds pupils (with parents and consent) into each school that has none; returns how many pupils were added.</summary>
    public static async Task<int> SeedAsync(IOrganisationRegister organisations, IPeopleRegister people, IConsentRegister consent, DateOnly today, DateTimeOffset now, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(organisations);
        ArgumentNullException.ThrowIfNull(people);
        ArgumentNullException.ThrowIfNull(consent);
        var added = 0;
        foreach (var school in (await organisations.ListAsync(cancellationToken).ConfigureAwait(false)).Where(o => o.Level == OrganisationLevel.School))
        {
            if ((await people.ListAsync(school.Id, PersonKind.Pupil, cancellationToken).ConfigureAwait(false)).Count > 0)
            {
                continue;
            }

            var year = SchoolYear.Containing(today, school.YearStartMonth, school.YearStartDay);
            var yearStart = new DateOnly(year.StartYear, school.YearStartMonth, school.YearStartDay);
            var number = 0;
            foreach (var demo in Pupils)
            {
                number++;
                // Year N pupils are N + 4 on the first day of the school year (those born that day turn N + 5);
                // spread birthdays through the year. A leaver is placed in the year they left from.
                var left = demo.LeftSummersAgo is not null;
                var yearInSchool = year.StartYear - (demo.LeftSummersAgo is { } ago ? ago + 1 : 0);
                var born = new DateOnly(yearInSchool - demo.YearGroup - 5, 9, 1).AddDays(number * 29 % 365);
                var leaving = left ? new DateOnly(yearInSchool + 1, 7, 20) : (DateOnly?)null;
                var start = left ? new DateOnly(yearInSchool - 4, 9, 1) : new DateOnly(year.StartYear - Math.Min(demo.YearGroup, 3), 9, 1);

                var pupilId = await people.AddAsync(new Person
                {
                    OrganisationId = school.Id,
                    Kind = PersonKind.Pupil,
                    MisId = $"D{school.Id:D2}{number:D3}",
                    GivenName = demo.Given,
                    PreferredName = demo.Preferred,
                    FamilyName = demo.Family,
                    DateOfBirth = born,
                    YearGroup = left ? null : $"Year {demo.YearGroup}",
                    StartDate = start,
                    LeavingDate = leaving,
                    NeverPublish = demo.NeverPublish,
                }, cancellationToken).ConfigureAwait(false);
                added++;

                var parentGiven = number % 2 == 0 ? "Rachel" : "David";
                var parentId = await people.AddAsync(new Person
                {
                    OrganisationId = school.Id,
                    Kind = PersonKind.Parent,
                    GivenName = parentGiven,
                    FamilyName = demo.Family,
                    Email = $"{parentGiven.ToLowerInvariant()}.{demo.Family.ToLowerInvariant()}@parents.example",
                }, cancellationToken).ConfigureAwait(false);
                var relationship = number % 2 == 0 ? "mother" : "father";
                await people.AddParentLinkAsync(new ParentLink(parentId, pupilId, relationship), cancellationToken).ConfigureAwait(false);

                if (!left && (demo.Photo is not null || demo.Name is not null))
                {
                    var givenOn = yearStart.AddDays(3 + number);
                    foreach (var channel in new[] { ConsentChannel.OfficialSocialMedia, ConsentChannel.Website })
                    {
                        await consent.SaveAsync(
                            new ConsentEntry(pupilId, year, channel, demo.Photo, demo.Name, $"{parentGiven} {demo.Family} ({relationship})", givenOn > today ? today : givenOn),
                            now,
                            cancellationToken).ConfigureAwait(false);
                    }
                }
            }
        }

        return added;
    }
}
