using System.Collections.Concurrent;
using Microsoft.Extensions.Logging;

namespace Lanyard.Web.Tests;

/// <summary>Keeps every log line the app writes, with its structured values, so tests can read them.</summary>
public sealed class LogSink : ILoggerProvider
{
    private readonly ConcurrentQueue<Entry> _entries = new();

    /// <summary>Every line so far.</summary>
    public IReadOnlyList<Entry> Entries => [.. _entries];

    public ILogger CreateLogger(string categoryName) => new Logger(categoryName, _entries);

    public void Dispose()
    {
    }

    /// <summary>One line: category, level, the formatted message and every value it was given.</summary>
    public sealed record Entry(string Category, LogLevel Level, string Message, IReadOnlyList<KeyValuePair<string, object?>> Values)
    {
        /// <summary>The message and every value as text, for searching.</summary>
        public string AllText => Message + " " + string.Join(" ", Values.Select(v => $"{v.Key}={v.Value}"));
    }

    private sealed class Logger(string category, ConcurrentQueue<Entry> entries) : ILogger
    {
        public IDisposable? BeginScope<TState>(TState state)
            where TState : notnull => null;

        public bool IsEnabled(LogLevel logLevel) => logLevel != LogLevel.None;

        public void Log<TState>(LogLevel logLevel, EventId eventId, TState state, Exception? exception, Func<TState, Exception?, string> formatter)
        {
            var values = state as IReadOnlyList<KeyValuePair<string, object?>> ?? [];
            entries.Enqueue(new Entry(category, logLevel, formatter(state, exception) + (exception is null ? string.Empty : " " + exception), values));
        }
    }
}
