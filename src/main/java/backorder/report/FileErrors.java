package backorder.report;

import java.io.IOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.DirectoryNotEmptyException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.FileSystemException;
import java.nio.file.FileSystemLoopException;
import java.nio.file.NoSuchFileException;
import java.nio.file.NotDirectoryException;

/** Says which path failed and why: Java's own message for a file-system error is often the bare path. */
public final class FileErrors {

  private FileErrors() {}

  /** {@code PATH: reason}, or the exception's message when it names no path. */
  public static String describe(IOException e) {
    if (e instanceof FileSystemException f && f.getFile() != null) {
      String why = f.getReason() != null ? f.getReason() : kind(e);
      return f.getFile() + (f.getOtherFile() != null ? " -> " + f.getOtherFile() : "") + ": " + why;
    }
    return e.getMessage() != null ? e.getMessage() : e.getClass().getSimpleName();
  }

  private static String kind(IOException e) {
    if (e instanceof AccessDeniedException) {
      return "permission denied";
    } else if (e instanceof FileAlreadyExistsException) {
      return "a file of that name is in the way";
    } else if (e instanceof NoSuchFileException) {
      return "no such file or folder";
    } else if (e instanceof NotDirectoryException) {
      return "not a folder";
    } else if (e instanceof DirectoryNotEmptyException) {
      return "folder not empty";
    } else if (e instanceof FileSystemLoopException) {
      return "symbolic link loop";
    }
    return "cannot be used (" + e.getClass().getSimpleName() + ")";
  }
}
