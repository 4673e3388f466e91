using Lanyard.Web;

var builder = WebApplication.CreateBuilder(args);

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
