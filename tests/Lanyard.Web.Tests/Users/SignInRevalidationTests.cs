using System.Net;
using Lanyard.Core.People;
using Lanyard.Core.Users;

namespace Lanyard.Web.Tests.Users;

/// <summary>An open session follows the register: a removed sign-in ends it, a changed role changes it.</summary>
public class SignInRevalidationTests(LanyardWebFactory factory) : IClassFixture<LanyardWebFactory>
{
    [Fact]
    public async Task RemovedMemberOfStaff_IsSignedOut_WithinFiveMinutes()
    {
        var (email, _, personId) = await factory.AddStaffAsync(StaffRole.Teacher);
        using var client = await factory.CreateSignedInClientAsync(email, LanyardWebFactory.StaffPassword, allowAutoRedirect: false);

        await factory.ExecuteAsync("DELETE FROM people WHERE id = @Id", new { Id = personId });
        factory.Clock.Advance(TimeSpan.FromMinutes(5));
        using var response = await client.GetAsync(new Uri("/packs", UriKind.Relative));

        response.StatusCode.ShouldBe(HttpStatusCode.Redirect);
        response.Headers.Location!.AbsolutePath.ShouldBe("/account/sign-in");
    }

    [Fact]
    public async Task RoleTakenAway_ClosesThePagesItOpened()
    {
        var (email, _, personId) = await factory.AddStaffAsync(StaffRole.ItManager);
        using var client = await factory.CreateSignedInClientAsync(email, LanyardWebFactory.StaffPassword, allowAutoRedirect: false);
        (await client.GetAsync(new Uri("/organisations", UriKind.Relative))).StatusCode.ShouldBe(HttpStatusCode.OK);

        await factory.ExecuteAsync("DELETE FROM staff_roles WHERE person_id = @Id", new { Id = personId });
        factory.Clock.Advance(TimeSpan.FromMinutes(5));
        using var response = await client.GetAsync(new Uri("/organisations", UriKind.Relative));

        response.StatusCode.ShouldBe(HttpStatusCode.Redirect);
        response.Headers.Location!.AbsolutePath.ShouldBe("/account/access-denied");
    }

    [Fact]
    public async Task Session_EndsAfterThirtyIdleMinutes()
    {
        var (email, _, _) = await factory.AddStaffAsync(StaffRole.Teacher);
        using var client = await factory.CreateSignedInClientAsync(email, LanyardWebFactory.StaffPassword, allowAutoRedirect: false);

        factory.Clock.Advance(TimeSpan.FromMinutes(31));
        using var response = await client.GetAsync(new Uri("/", UriKind.Relative));

        response.StatusCode.ShouldBe(HttpStatusCode.Redirect);
    }
}
