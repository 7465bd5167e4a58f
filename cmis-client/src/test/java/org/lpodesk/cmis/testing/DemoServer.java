package org.lpodesk.cmis.testing;

import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.CountDownLatch;

import org.lpodesk.cmis.types.ImmModel;

/**
 * Starts the in-memory CMIS server with the imm types on 127.0.0.1 and prints its URL, to try
 * the CLI without an Alfresco server; stops on Ctrl-C.
 */
public final class DemoServer {

    private DemoServer() {
    }

    public static void main(String[] args) throws InterruptedException {
        CmisTestEndpoint endpoint = new InMemoryCmisEndpoint(ImmModel.catalog());
        PrintWriter out = new PrintWriter(System.out, true, StandardCharsets.UTF_8);
        out.println(endpoint.connection().url());
        CountDownLatch stop = new CountDownLatch(1);
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            endpoint.close();
            stop.countDown();
        }));
        stop.await();
    }
}
