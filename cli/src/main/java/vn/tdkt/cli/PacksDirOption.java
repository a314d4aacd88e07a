package vn.tdkt.cli;

import java.nio.file.Path;
import picocli.CommandLine.Option;
import vn.tdkt.engine.PackException;
import vn.tdkt.engine.Packs;

/** {@code --packs-dir DIR}: packs read at run time from a directory, besides those built into the tool. */
final class PacksDirOption {
    @Option(names = "--packs-dir", paramLabel = "DIR",
            description = "Also use the packs of this directory: each folder of it with a pack.yaml that binds the "
                    + "shared checks (data only; see docs/adding-a-province.md). Validated when read: an error names "
                    + "the file, the line and the key, and exits with 2.")
    Path directory;

    /** The packs to check with; throws {@link PackException} naming what is wrong with the directory's packs. */
    Packs packs() {
        return directory == null ? Packs.onClassPath() : Packs.onClassPath().withDirectory(directory);
    }
}
