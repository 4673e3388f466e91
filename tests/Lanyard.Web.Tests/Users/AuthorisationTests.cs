using System.Net;
using System.Security.Claims;
using System.Text.RegularExpressions;
using Lanyard.Core.People;
using Lanyard.Core.Users;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;

namespace Lanyard.Web.Tests.Users;

/// <summary>Roles are enforced by the app's policies on the server, page by page; links are not the control.</summary>
public partial class AuthorisationTests(LanyardWebFactory factory) : IClassFixture<LanyardWebFactory>
{
    // The only pages open without signing in. Adding one should be a deliberate change here too.
    private static readonly string[] AnonymousRoutes = ["account/sign-in", "Error/{statusCode:int?}"];

    public static TheoryData<string, StaffRole> EveryPolicyAndRole()
    {
        var data = new TheoryData<string, StaffRole>();
        foreach (var policy in AccessPolicies.Names)
        {
            foreach (var role in StaffRoleNames.All)
            {
                data.Add(policy, role);
            }
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(EveryPolicyAndRole))]
    public async Task RegisteredPolicy_AllowsExactlyTheRolesTheCoreNames(string policy, StaffRole role)
    {
        var authorisation = factory.Services.GetRequiredService<IAuthorizationService>();

        var result = await authorisation.AuthorizeAsync(SignedIn(role), policy);

        result.Succeeded.ShouldBe(AccessPolicies.Allows(policy, [role]));
    }

    [Fact]
    public async Task EveryPolicy_RefusesSomeoneNotSignedIn_AndStaffNeedsNoRole()
    {
        var authorisation = factory.Services.GetRequiredService<IAuthorizationService>();
        var anonymous = new ClaimsPrincipal(new ClaimsIdentity());

        foreach (var policy in AccessPolicies.Names)
        {
            (await authorisation.AuthorizeAsync(anonymous, policy)).Succeeded.ShouldBeFalse(policy);
        }

        (await authorisation.AuthorizeAsync(SignedIn(), AccessPolicies.Staff)).Succeeded.ShouldBeTrue();
    }

    [Fact]
    public async Task EveryPage_NeedsSignIn_ExceptSignInAndErrorPages()
    {
        var routes = factory.Services.GetRequiredService<EndpointDataSource>().Endpoints
            .OfType<RouteEndpoint>()
            .Where(e => e.Metadata.GetMetadata<PageActionDescriptor>() is not null || e.Metadata.GetMetadata<CompiledPageActionDescriptor>() is not null)
            .Select(e => e.RoutePattern.RawText ?? string.Empty)
            .Distinct()
            .ToList();
        routes.ShouldContain("packs/{id}");
        using var client = factory.CreateClient(new Microsoft.AspNetCore.Mvc.Testing.WebApplicationFactoryClientOptions { AllowAutoRedirect = false });

        foreach (var route in routes.Where(r => !AnonymousRoutes.Contains(r)))
        {
            var path = "/" + RouteParameter().Replace(route, "1");
            using var response = await client.GetAsync(new Uri(path, UriKind.Relative));
            response.StatusCode.ShouldBe(HttpStatusCode.Redirect, path);
            response.Headers.Location!.AbsolutePath.ShouldBe("/account/sign-in", path);
        }
    }

    [Theory]
    [InlineData("teacher@chapmanslade.demo")]
    [InlineData("dsl@chapmanslade.demo")]
    [InlineData("governor@chapmanslade.demo")]
    [InlineData("deputy@chapmanslade.demo")]
    public async Task StaffWithoutARegisterRole_GetForbidden_OnTheOrganisationRegister(string email)
    {
        using var client = await factory.CreateSignedInClientAsync(email, allowAutoRedirect: false);

        using var redirect = await client.GetAsync(new Uri("/organisations", UriKind.Relative));
        using var denied = await client.GetAsync(redirect.Headers.Location!);

        redirect.StatusCode.ShouldBe(HttpStatusCode.Redirect);
        redirect.Headers.Location!.AbsolutePath.ShouldBe("/account/access-denied");
        denied.StatusCode.ShouldBe(HttpStatusCode.Forbidden);
        var html = WebUtility.HtmlDecode(await denied.Content.ReadAsStringAsync());
        html.ShouldContain("You do not have access to that page");
        html.ShouldNotContain("Register an organisation");
    }

    [Fact]
    public async Task StaffWithoutTheRole_CannotPostToTheRegisterEither()
    {
        using var teacher = await factory.CreateSignedInClientAsync("teacher@testbourne.demo");
        var home = await teacher.GetStringAsync(new Uri("/", UriKind.Relative));
        using var form = Antiforgery.Form(home, new() { ["Input.Name"] = "Forbidden Academy", ["Input.Level"] = "School" });

        using var response = await teacher.PostAsync(new Uri("/organisations", UriKind.Relative), form);

        response.StatusCode.ShouldBe(HttpStatusCode.Forbidden);
        using var head = await factory.CreateSignedInClientAsync("head@testbourne.demo");
        (await head.GetStringAsync(new Uri("/organisations", UriKind.Relative))).ShouldNotContain("Forbidden Academy");
    }

    [Theory]
    [InlineData("head@chapmanslade.demo")]
    [InlineData("slt@cambrian.demo")]
    [InlineData("it@heathcoat.demo")]
    public async Task RegisterAdmins_OpenTheOrganisationRegister(string email)
    {
        using var client = await factory.CreateSignedInClientAsync(email);

        using var response = await client.GetAsync(new Uri("/organisations", UriKind.Relative));

        response.StatusCode.ShouldBe(HttpStatusCode.OK);
    }

    [Fact]
    public async Task EveryDemoRole_CanSignIn_AtEveryDemoSchool()
    {
        foreach (var (_, domain) in Data.Users.DemoUsers.Schools)
        {
            foreach (var role in new[] { StaffRole.Headteacher, StaffRole.Volunteer })
            {
                using var client = await factory.CreateSignedInClientAsync(Data.Users.DemoUsers.Email(role, domain));
                (await client.GetAsync(new Uri("/packs", UriKind.Relative))).StatusCode.ShouldBe(HttpStatusCode.OK);
            }
        }
    }

    private static ClaimsPrincipal SignedIn(params StaffRole[] roles) => new(new ClaimsIdentity(
        [new Claim(ClaimTypes.NameIdentifier, "1"), .. roles.Select(r => new Claim(ClaimTypes.Role, StaffRoleNames.Name(r)))],
        "Cookies",
        ClaimTypes.Name,
        ClaimTypes.Role));

    [GeneratedRegex(@"\{[^}]+\}")]
    private static partial Regex RouteParameter();
}
