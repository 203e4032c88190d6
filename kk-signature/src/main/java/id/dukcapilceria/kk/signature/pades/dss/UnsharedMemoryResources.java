package id.dukcapilceria.kk.signature.pades.dss;

import eu.europa.esig.dss.model.DSSDocument;
import eu.europa.esig.dss.model.InMemoryDocument;
import eu.europa.esig.dss.spi.signature.resources.DSSResourcesHandler;
import eu.europa.esig.dss.spi.signature.resources.DSSResourcesHandlerBuilder;
import java.io.OutputStream;
import java.util.Arrays;

/**
 * Where DSS writes each version of a document it signs: in memory, as DSS's own default, but
 * into a buffer that only the writing thread uses. DSS copies the signed file into it one byte at
 * a time when it puts the signature into its reserved place ({@code PAdESUtils.replaceSignature});
 * {@link java.io.ByteArrayOutputStream} takes a lock for every byte, which was a tenth of a B-B
 * signature in a JFR profile. Every handler, and so every stream, belongs to one signing call.
 */
final class UnsharedMemoryResources implements DSSResourcesHandlerBuilder {

  /** A signed KK is 40 to 70 KB; one growth step at most for most cards. */
  private static final int INITIAL_CAPACITY = 64 * 1024;

  @Override
  public DSSResourcesHandler createResourcesHandler() {
    return new Handler();
  }

  private static final class Handler implements DSSResourcesHandler {
    private Buffer buffer;

    @Override
    public OutputStream createOutputStream() {
      if (buffer != null) {
        throw new IllegalStateException("One output per resources handler");
      }
      buffer = new Buffer();
      return buffer;
    }

    @Override
    public DSSDocument writeToDSSDocument() {
      if (buffer == null) {
        throw new IllegalStateException("Nothing was written");
      }
      return new InMemoryDocument(buffer.toByteArray());
    }

    @Override
    public void close() {
      buffer = null;
    }
  }

  /** A growable byte array without locks: confined to the thread that signs. */
  private static final class Buffer extends OutputStream {
    private byte[] bytes = new byte[INITIAL_CAPACITY];
    private int size;

    @Override
    public void write(int b) {
      if (size == bytes.length) {
        grow(size + 1);
      }
      bytes[size++] = (byte) b;
    }

    @Override
    public void write(byte[] source, int offset, int length) {
      java.util.Objects.checkFromIndexSize(offset, length, source.length);
      if (size + length > bytes.length) {
        grow(size + length);
      }
      System.arraycopy(source, offset, bytes, size, length);
      size += length;
    }

    private void grow(int needed) {
      bytes = Arrays.copyOf(bytes, Math.max(needed, bytes.length * 2));
    }

    byte[] toByteArray() {
      return Arrays.copyOf(bytes, size);
    }
  }
}
