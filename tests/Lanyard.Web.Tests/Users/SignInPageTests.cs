using System.Net;
using Lanyard.Core.People;
using Lanyard.Core.Users;
using Lanyard.Data.Users;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.Options;

namespace Lanyard.Web.Tests.Users;

public class SignInPageTests(LanyardWebFactory factory) : IClassFixture<LanyardWebFactory>
{
    private HttpClient Anonymous() => factory.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false });

    [Theory]
    [InlineData("/")]
    [InlineData("/packs")]
    [InlineData("/packs/compare")]
    [InlineData("/organisations")]
    public async Task Get_PageWithoutSignIn_RedirectsToSignIn_WithTheWayBack(string path)
    {
        using var client = Anonymous();

        using var response = await client.GetAsync(new Uri(path, UriKind.Relative));

        response.StatusCode.ShouldBe(HttpStatusCode.Redirect);
        var location = response.Headers.Location!;
        location.AbsolutePath.ShouldBe("/account/sign-in");
        location.Query.ShouldBe("?ReturnUrl=" + Uri.EscapeDataString(path));
    }

    [Fact]
    public async Task SignInPage_And_Stylesheet_AreOpenWithoutSignIn()
    {
        using var client = Anonymous();

        using var page = await client.GetAsync(new Uri("/account/sign-in", UriKind.Relative));
        using var css = await client.GetAsync(new Uri("/css/site.css", UriKind.Relative));

        page.StatusCode.ShouldBe(HttpStatusCode.OK);
        var html = await page.Content.ReadAsStringAsync();
        html.ShouldContain("<label for=\"email\">Email address</label>");
        html.ShouldContain("autocomplete=\"current-password\"");
        css.StatusCode.ShouldBe(HttpStatusCode.OK);
    }

    [Fact]
    public async Task SignIn_GoesBackToThePageAsked_AndTheHeaderSaysWhoAndWhichRoles()
    {
        using var client = Anonymous();
        var (email, _, _) = await factory.AddStaffAsync(StaffRole.Dsl, StaffRole.Teacher);
        var page = await client.GetStringAsync(new Uri("/account/sign-in?ReturnUrl=%2Fpacks", UriKind.Relative));
        using var form = Antiforgery.Form(page, new() { ["Email"] = email, ["Password"] = LanyardWebFactory.StaffPassword, ["ReturnUrl"] = "/packs" });

        using var response = await client.PostAsync(new Uri("/account/sign-in", UriKind.Relative), form);

        response.StatusCode.ShouldBe(HttpStatusCode.Redirect);
        response.Headers.Location!.OriginalString.ShouldBe("/packs");
        var packs = WebUtility.HtmlDecode(await client.GetStringAsync(new Uri("/packs", UriKind.Relative)));
        packs.ShouldContain("Signed in as <strong>Test Staff</strong>");
        packs.ShouldContain("(DSL, Teacher)");
        packs.ShouldContain("action=\"/account/sign-out\"");
    }

    [Theory]
    [InlineData("https://evil.example/")]
    [InlineData("//evil.example/")]
    [InlineData("/\\evil.example")]
    public async Task SignIn_ReturnUrlToAnotherSite_IsIgnored(string returnUrl)
    {
        using var client = Anonymous();
        var page = await client.GetStringAsync(new Uri("/account/sign-in", UriKind.Relative));
        using var form = Antiforgery.Form(page, new() { ["Email"] = "teacher@testbourne.demo", ["Password"] = DemoUsers.Password, ["ReturnUrl"] = returnUrl });

        using var response = await client.PostAsync(new Uri("/account/sign-in", UriKind.Relative), form);

        response.Headers.Location!.OriginalString.ShouldBe("/");
    }

    [Fact]
    public async Task WrongPassword_AndUnknownEmail_GetTheSamePage()
    {
        using var client = Anonymous();
        var (email, _, _) = await factory.AddStaffAsync(StaffRole.Teacher);

        using var wrong = await LanyardWebFactory.PostSignInAsync(client, email, "not the password");
        using var unknown = await LanyardWebFactory.PostSignInAsync(client, "nobody-" + Guid.NewGuid() + "@test.example", "not the password");

        wrong.StatusCode.ShouldBe(HttpStatusCode.OK);
        unknown.StatusCode.ShouldBe(HttpStatusCode.OK);
        var wrongHtml = WebUtility.HtmlDecode(await wrong.Content.ReadAsStringAsync());
        var unknownHtml = WebUtility.HtmlDecode(await unknown.Content.ReadAsStringAsync());
        wrongHtml.ShouldContain(SignIn.NotRightMessage);
        unknownHtml.ShouldContain(SignIn.NotRightMessage);
        wrongHtml.ShouldNotContain("not the password", Case.Sensitive, "the password is never sent back");
    }

    [Fact]
    public async Task SignIn_PostWithoutAntiforgeryToken_IsRejected()
    {
        using var client = Anonymous();
        using var form = new FormUrlEncodedContent(new Dictionary<string, string> { ["Email"] = "head@chapmanslade.demo", ["Password"] = DemoUsers.Password });

        using var response = await client.PostAsync(new Uri("/account/sign-in", UriKind.Relative), form);

        response.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        response.Headers.Contains("Set-Cookie").ShouldBeFalse("no sign-in cookie without the token");
    }

    [Fact]
    public async Task SignInCookie_IsHttpOnlyAndSameSiteStrict()
    {
        using var client = Anonymous();

        using var response = await LanyardWebFactory.PostSignInAsync(client, "teacher@heathcoat.demo", DemoUsers.Password);

        response.StatusCode.ShouldBe(HttpStatusCode.Redirect);
        var cookie = response.Headers.GetValues("Set-Cookie").Single(c => c.StartsWith("Lanyard.SignIn=", StringComparison.Ordinal));
        cookie.ShouldContain("httponly", Case.Insensitive);
        cookie.ShouldContain("samesite=strict", Case.Insensitive);
        cookie.ShouldNotContain("expires=", Case.Insensitive, "a session cookie: closing the browser ends it");
        cookie.ShouldNotContain("secure", Case.Insensitive, "the app serves http on loopback; the cookie is Secure only over https");
    }

    [Fact]
    public async Task SignOut_WithTheToken_EndsTheSession()
    {
        using var client = await factory.CreateSignedInClientAsync("teacher@stmarys.demo", allowAutoRedirect: false);
        var home = await client.GetStringAsync(new Uri("/", UriKind.Relative));

        using var signOut = await client.PostAsync(new Uri("/account/sign-out", UriKind.Relative), Antiforgery.Form(home, []));
        using var after = await client.GetAsync(new Uri("/", UriKind.Relative));

        signOut.StatusCode.ShouldBe(HttpStatusCode.Redirect);
        signOut.Headers.Location!.OriginalString.ShouldBe("/account/sign-in?signedOut=true");
        after.StatusCode.ShouldBe(HttpStatusCode.Redirect);
        after.Headers.Location!.AbsolutePath.ShouldBe("/account/sign-in");
    }

    [Fact]
    public async Task SignOut_WithoutTheToken_IsRejected_AndTheSessionStays()
    {
        using var client = await factory.CreateSignedInClientAsync("teacher@stmarys.demo", allowAutoRedirect: false);

        using var signOut = await client.PostAsync(new Uri("/account/sign-out", UriKind.Relative), new FormUrlEncodedContent([]));
        using var after = await client.GetAsync(new Uri("/", UriKind.Relative));

        signOut.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        after.StatusCode.ShouldBe(HttpStatusCode.OK);
    }

    [Fact]
    public async Task StoredHash_IsNotThePassword_AndVerifiesWithIdentitysPasswordHasher()
    {
        var (_, userId, _) = await factory.AddStaffAsync(StaffRole.Teacher);

        var hash = await factory.ScalarAsync<string>("SELECT password_hash FROM users WHERE id = @Id", new { Id = userId });

        hash.ShouldNotBeNullOrEmpty();
        hash.ShouldNotContain(LanyardWebFactory.StaffPassword);
        Convert.FromBase64String(hash)[0].ShouldBe((byte)0x01, "Identity's current (v3) format");
        new PasswordHasher<object>().VerifyHashedPassword(new object(), hash, LanyardWebFactory.StaffPassword).ShouldBe(PasswordVerificationResult.Success);
        new PasswordHasher<object>().VerifyHashedPassword(new object(), hash, "something else").ShouldBe(PasswordVerificationResult.Failed);
    }

    [Fact]
    public async Task HashFromOlderIdentitySettings_IsUpgradedAtSignIn()
    {
        var (email, userId, _) = await factory.AddStaffAsync(StaffRole.Teacher);
        var v2 = new PasswordHasher<object>(Options.Create(new PasswordHasherOptions { CompatibilityMode = PasswordHasherCompatibilityMode.IdentityV2 }));
        await factory.ExecuteAsync("UPDATE users SET password_hash = @Hash WHERE id = @Id", new { Hash = v2.HashPassword(new object(), LanyardWebFactory.StaffPassword), Id = userId });

        using var client = await factory.CreateSignedInClientAsync(email, LanyardWebFactory.StaffPassword);

        var hash = (await factory.ScalarAsync<string>("SELECT password_hash FROM users WHERE id = @Id", new { Id = userId }))!;
        Convert.FromBase64String(hash)[0].ShouldBe((byte)0x01);
        new PasswordHasher<object>().VerifyHashedPassword(new object(), hash, LanyardWebFactory.StaffPassword).ShouldBe(PasswordVerificationResult.Success);
    }

    [Fact]
    public async Task Logs_NameTheAccountById_AndNeverTheEmailOrPassword()
    {
        var (email, userId, _) = await factory.AddStaffAsync(StaffRole.Teacher);
        using var client = Anonymous();
        (await LanyardWebFactory.PostSignInAsync(client, email, "Guess-Alpha-1")).Dispose();
        (await LanyardWebFactory.PostSignInAsync(client, "nobody@test.example", "Guess-Bravo-2")).Dispose();
        (await LanyardWebFactory.PostSignInAsync(client, email, LanyardWebFactory.StaffPassword)).Dispose();

        var lines = factory.Logs.Entries;

        lines.ShouldContain(e => e.Message == $"Sign-in refused: wrong password for user {userId}");
        lines.ShouldContain(e => e.Message == $"Sign-in: user {userId} signed in");
        lines.ShouldContain(e => e.Message == "Sign-in refused: no account has the email given, or none was given");
        lines.ShouldAllBe(e => !e.AllText.Contains('@'), "no email address in any log line");
        lines.ShouldAllBe(e => !e.AllText.Contains("Guess-", StringComparison.Ordinal) && !e.AllText.Contains(LanyardWebFactory.StaffPassword, StringComparison.Ordinal));
    }
}
