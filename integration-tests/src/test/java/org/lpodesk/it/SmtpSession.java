package org.lpodesk.it;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.net.Socket;
import java.nio.charset.StandardCharsets;

/**
 * A plain SMTP conversation with the repository's inbound server, line by line, for what a mail
 * library hides: the reply code to one RCPT TO, a SIZE declared in MAIL FROM, bytes sent exactly
 * as written (a malformed message a library would not produce).
 */
final class SmtpSession implements AutoCloseable {

    private final Socket socket;
    private final BufferedReader in;
    private final OutputStream out;

    SmtpSession(int port) throws IOException {
        socket = new Socket("127.0.0.1", port);
        socket.setSoTimeout(120_000);
        in = new BufferedReader(new InputStreamReader(socket.getInputStream(), StandardCharsets.US_ASCII));
        out = socket.getOutputStream();
        reply();
        command("EHLO it.example");
    }

    /** Sends one command line and returns the server's whole reply (the last line holds the final code). */
    String command(String line) throws IOException {
        out.write((line + "\r\n").getBytes(StandardCharsets.US_ASCII));
        out.flush();
        return reply();
    }

    /** DATA, the message with lines starting with a dot doubled, and the final dot; the reply to it. */
    String data(byte[] message) throws IOException {
        String go = command("DATA");
        if (!go.startsWith("354")) {
            return go;
        }
        String text = new String(message, StandardCharsets.ISO_8859_1).replace("\r\n", "\n").replace("\n", "\r\n");
        StringBuilder stuffed = new StringBuilder();
        for (String line : text.split("\r\n", -1)) {
            stuffed.append(line.startsWith(".") ? "." + line : line).append("\r\n");
        }
        out.write(stuffed.toString().getBytes(StandardCharsets.ISO_8859_1));
        out.write(".\r\n".getBytes(StandardCharsets.US_ASCII));
        out.flush();
        return reply();
    }

    private String reply() throws IOException {
        StringBuilder all = new StringBuilder();
        String line;
        do {
            line = in.readLine();
            if (line == null) {
                throw new IOException("the server closed the connection after: " + all);
            }
            all.append(line).append('\n');
        } while (line.length() > 3 && line.charAt(3) == '-');
        return line;
    }

    @Override
    public void close() throws IOException {
        try {
            command("QUIT");
        } catch (IOException ignored) {
            // closing anyway
        }
        socket.close();
    }
}
