using Lanyard.Web;

var builder = WebApplication.CreateBuilder(args);

// Run from a build (./lanyard.sh serve) rather than a publish, the stylesheet's compressed variants
// live in the build's static web assets manifest, which ASP.NET Core loads only in Development;
// without it a browser asking for gzip gets an empty response. In published output this is a no-op.
builder.WebHost.UseStaticWebAssets();

builder.Services.AddRazorPages();

var app = builder.Build();

if (!app.Environment.IsDevelopment())
{
    app.UseExceptionHandler("/Error");
}

// After the exception handler, so a re-executed error page gets the headers too. No HTTPS
// redirection or HSTS: the app listens on plain http on the loopback interface.
app.UseSecurityHeaders();
app.UseStatusCodePagesWithReExecute("/Error/{0}");

app.UseRouting();

app.MapStaticAssets();
app.MapRazorPages()
   .WithStaticAssets();

app.Run();

/// <summary>The web app's entry point; public so tests can host it with <c>WebApplicationFactory</c>.</summary>
public partial class Program;
