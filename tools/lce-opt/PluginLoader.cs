using System.Collections.Concurrent;
using System.Reflection;
using System.Runtime.Loader;
using Lce.IR.Passes;

namespace Lce.Opt;

/// <summary>
/// Loads a plugin assembly and runs its <see cref="ILcePlugin"/> entry points. The plugin gets its
/// own load context so its private dependencies resolve next to it, while Lce.* (and anything
/// else the tool already loaded) is shared, so the plugin's passes are the tool's Pass type.
/// </summary>
internal static class PluginLoader
{
    private static readonly ConcurrentDictionary<string, Assembly> Loaded = new(StringComparer.Ordinal);

    public static bool Load(string path, PassRegistry registry, List<Action<IRContext>> dialectHooks, out string? error)
    {
        error = null;
        Assembly assembly;
        try
        {
            string full = Path.GetFullPath(path);
            if (!File.Exists(full))
            {
                error = $"Could not load library '{path}': file not found";
                return false;
            }
            assembly = Loaded.GetOrAdd(full, p => new PluginLoadContext(p).LoadFromAssemblyPath(p));
        }
        catch (Exception e) when (e is IOException or BadImageFormatException or UnauthorizedAccessException or ArgumentException or InvalidOperationException)
        {
            error = $"Could not load library '{path}': {e.Message}";
            return false;
        }

        Type[] types;
        try { types = assembly.GetExportedTypes(); }
        catch (Exception e) when (e is ReflectionTypeLoadException or FileNotFoundException or TypeLoadException)
        {
            error = $"Could not load library '{path}': {e.Message}";
            return false;
        }
        var entryPoints = types.Where(t => typeof(ILcePlugin).IsAssignableFrom(t) && t is { IsAbstract: false, IsInterface: false }
                                           && t.GetConstructor(Type.EmptyTypes) is not null).ToList();
        if (entryPoints.Count == 0)
        {
            error = $"Plugin entry point not found in '{path}': no public class implements {nameof(ILcePlugin)}";
            return false;
        }
        var registration = new PluginRegistration(registry, dialectHooks.Add);
        foreach (var t in entryPoints)
        {
            try { ((ILcePlugin)Activator.CreateInstance(t)!).Register(registration); }
            catch (TargetInvocationException e) when (e.InnerException is not null)
            {
                error = $"Plugin '{t.FullName}' failed to register: {e.InnerException.Message}";
                return false;
            }
            catch (Exception e) when (e is not OutOfMemoryException)
            {
                error = $"Plugin '{t.FullName}' failed to register: {e.Message}";
                return false;
            }
        }
        return true;
    }

    private sealed class PluginLoadContext(string pluginPath) : AssemblyLoadContext($"lce-plugin:{Path.GetFileName(pluginPath)}")
    {
        private readonly AssemblyDependencyResolver _resolver = new(pluginPath);

        protected override Assembly? Load(AssemblyName name)
        {
            // Share every assembly the tool can load itself (Lce.IR, Lce.Dialects, ...): one Pass type.
            try { return Default.LoadFromAssemblyName(name); }
            catch (FileNotFoundException) { }
            string? path = _resolver.ResolveAssemblyToPath(name);
            return path is null ? null : LoadFromAssemblyPath(path);
        }
    }
}
