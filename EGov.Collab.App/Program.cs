using EGov.Collab.App.Account;
using EGov.Collab.App.Admin;
using EGov.Collab.App.Cities;
using EGov.Collab.App.Common;
using EGov.Collab.App.Common.Documents;
using EGov.Collab.App.Common.SearchIndex;
using EGov.Collab.App.ExpertClub;
using EGov.Collab.App.Contest;
using EGov.Collab.App.Drafting;
using EGov.Collab.App.Drafting.Live;
using EGov.Collab.App.Jobs;
using EGov.Collab.App.Journal;
using EGov.Collab.App.Learning;
using EGov.Collab.App.Library;
using EGov.Collab.App.Mail;
using EGov.Collab.App.Methodology;
using EGov.Collab.App.Practices;
using EGov.Collab.App.Projects;
using EGov.Collab.App.Readiness;
using EGov.Collab.App.Scale;
using EGov.Collab.App.Shell;
using EGov.Collab.Data;

var builder = WebApplication.CreateBuilder(args);
var paths = PortalPaths.From(builder.Configuration, builder.Environment);

builder.Services.AddSingleton(paths);
builder.Services.AddCollabData(builder.Configuration, paths.DataFolder);
builder.Services.AddShell(paths, builder.Configuration);
builder.Services.AddCommon();
builder.Services.AddDocuments(builder.Configuration);
builder.Services.AddAccount();
builder.Services.AddAdmin();
builder.Services.AddMail(builder.Configuration);
builder.Services.AddJobs(builder.Configuration);
builder.Services.AddReadiness();
builder.Services.AddCities();
builder.Services.AddJournal();
builder.Services.AddLearning();
builder.Services.AddExpertClub();
builder.Services.AddContest();
builder.Services.AddDraftingEditing();
builder.Services.AddDrafting();
builder.Services.AddSearch();
builder.Services.AddLibrary();
builder.Services.AddMethodology();
builder.Services.AddPractices();
builder.Services.AddProjects();
builder.Services.AddScale(builder.Configuration);

var app = builder.Build();

await app.InitialiseDatabaseAsync();

if (AdminCommand.Matches(args))
{
    Environment.ExitCode = await AdminCommand.RunAsync(app.Services, args, Console.Out);
    return;
}

if (SearchCommand.Matches(args))
{
    Environment.ExitCode = await SearchCommand.RunAsync(app.Services, args, Console.Out);
    return;
}

app.UseShell();
app.MapShell();
app.MapAccount();
app.MapAdmin();
app.MapJobs();
app.MapReadiness();
app.MapCities();
app.MapJournal();
app.MapLearning();
app.MapExpertClub();
app.MapContest();
app.MapDrafting();
app.MapSearch();
app.MapLibrary();
app.MapMethodology();
app.MapPractices();
app.MapProjects();

await app.RunAsync();

/// <summary>The entry point, visible to WebApplicationFactory in the tests.</summary>
public partial class Program;
