using Lanyard.Core.Notifications;
using Lanyard.Core.People;
using Lanyard.Data;

namespace Lanyard.Web;

/// <summary>
/// Emails pending notifications every <see cref="Interval"/>: each round runs
/// <see cref="DeliverNotifications"/> in its own scope and unit of work, committed when the round
/// ends, so a crash mid-round at worst sends a message twice and never loses one. Logs ids and counts only.
/// </summary>
internal sealed partial class NotificationDispatcher(IServiceScopeFactory scopes, INotificationSender sender, TimeProvider clock, ILogger<NotificationDispatcher> logger) : BackgroundService
{
    /// <summary>How often the outbox is read.</summary>
    public static readonly TimeSpan Interval = TimeSpan.FromSeconds(30);

    private const int BatchSize = 50;

    /// <summary>One round; returns what it did. Public to the assembly so tests can drive it without waiting.</summary>
    public async Task<DeliverNotifications.Result> RunOnceAsync(CancellationToken cancellationToken)
    {
        await using var scope = scopes.CreateAsyncScope();
        var services = scope.ServiceProvider;
        var work = services.GetRequiredService<UnitOfWork>();
        var result = await DeliverNotifications.HandleAsync(
            new DeliverNotifications.Request(BatchSize),
            services.GetRequiredService<INotificationOutbox>(),
            services.GetRequiredService<IPeopleRegister>(),
            sender,
            clock,
            cancellationToken);
        await work.CommitAsync(cancellationToken);
        return result;
    }

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        using var timer = new PeriodicTimer(Interval, clock);
        do
        {
            try
            {
                var result = await RunOnceAsync(stoppingToken);
                foreach (var id in result.Failed)
                {
                    NotificationFailed(logger, id);
                }

                if (result.Sent.Count > 0)
                {
                    NotificationsSent(logger, result.Sent.Count);
                }
            }
            catch (Exception ex) when (ex is not OperationCanceledException)
            {
                // The next round tries again; the exception's type only, as its message may hold data.
                RoundFailed(logger, ex.GetType().Name);
            }
        }
        while (await timer.WaitForNextTickAsync(stoppingToken));
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Notifications: {Count} emailed")]
    private static partial void NotificationsSent(ILogger logger, int count);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Notification {Id} could not be emailed; the reason is recorded on it")]
    private static partial void NotificationFailed(ILogger logger, long id);

    [LoggerMessage(Level = LogLevel.Error, Message = "Notification round failed ({ExceptionType}); retrying next round")]
    private static partial void RoundFailed(ILogger logger, string exceptionType);
}
