using System.Net;
using Lanyard.Core.People;
using Lanyard.Core.Users;

namespace Lanyard.Web.Tests.Users;

/// <summary>Lockout through the real form, with the app's clock moved by hand.</summary>
public class LockoutTests(LanyardWebFactory factory) : IClassFixture<LanyardWebFactory>
{
    private static async Task<string> AttemptAsync(HttpClient client, string email, string password)
    {
        using var response = await LanyardWebFactory.PostSignInAsync(client, email, password);
        return WebUtility.HtmlDecode(await response.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task FiveWrongPasswords_Lock_TheRightOneIsRefusedWhileLocked_AndAcceptedAfterFifteenMinutes()
    {
        var (email, userId, _) = await factory.AddStaffAsync(StaffRole.Teacher);
        using var client = factory.CreateClient();
        for (var i = 1; i < SignIn.MaxFailedSignIns; i++)
        {
            (await AttemptAsync(client, email, "guess " + i)).ShouldContain(SignIn.NotRightMessage);
        }

        var fifth = await AttemptAsync(client, email, "guess 5");
        factory.Clock.Advance(TimeSpan.FromMinutes(14));
        var whileLocked = await AttemptAsync(client, email, LanyardWebFactory.StaffPassword);
        factory.Clock.Advance(TimeSpan.FromMinutes(1));
        using var signedIn = await factory.CreateSignedInClientAsync(email, LanyardWebFactory.StaffPassword);

        fifth.ShouldContain("This account is locked after 5 wrong passwords in a row. Try again in 15 minutes.");
        whileLocked.ShouldContain("Try again in 1 minute.");
        whileLocked.ShouldNotContain("Signed in as");
        (await signedIn.GetAsync(new Uri("/", UriKind.Relative))).StatusCode.ShouldBe(HttpStatusCode.OK);
        factory.Logs.Entries.ShouldContain(e => e.Message.StartsWith($"Sign-in refused: user {userId} locked out until ", StringComparison.Ordinal));
        (await factory.ScalarAsync<long>("SELECT failed_sign_ins FROM users WHERE id = @Id", new { Id = userId })).ShouldBe(0);
    }

    [Fact]
    public async Task LockingOneAccount_LeavesAnotherAlone()
    {
        var (locked, _, _) = await factory.AddStaffAsync(StaffRole.Teacher);
        var (other, _, _) = await factory.AddStaffAsync(StaffRole.Teacher);
        using var client = factory.CreateClient();
        for (var i = 0; i < SignIn.MaxFailedSignIns; i++)
        {
            await AttemptAsync(client, locked, "guess " + i);
        }

        using var signedIn = await factory.CreateSignedInClientAsync(other, LanyardWebFactory.StaffPassword);

        (await signedIn.GetAsync(new Uri("/", UriKind.Relative))).StatusCode.ShouldBe(HttpStatusCode.OK);
    }
}
