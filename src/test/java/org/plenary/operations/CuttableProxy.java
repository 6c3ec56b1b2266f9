package org.plenary.operations;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * A TCP proxy in front of the test PostgreSQL that a test can cut (every connection closed, new ones refused) and
 * restore on the same port: to the application, the database went away and came back, as in a restart.
 */
final class CuttableProxy implements AutoCloseable {

    private final String targetHost;

    private final int targetPort;

    private final int port;

    private final List<Socket> sockets = new CopyOnWriteArrayList<>();

    private volatile ServerSocket server;

    CuttableProxy(String targetHost, int targetPort) throws IOException {
        this.targetHost = targetHost;
        this.targetPort = targetPort;
        this.server = listen(0);
        this.port = this.server.getLocalPort();
        accept(this.server);
    }

    int port() {
        return this.port;
    }

    synchronized void cut() throws IOException {
        this.server.close();
        for (Socket socket : this.sockets) {
            socket.close();
        }
        this.sockets.clear();
    }

    synchronized void restore() throws IOException {
        this.server = listen(this.port);
        accept(this.server);
    }

    @Override
    public void close() throws IOException {
        cut();
    }

    private static ServerSocket listen(int port) throws IOException {
        ServerSocket server = new ServerSocket();
        server.setReuseAddress(true);
        server.bind(new InetSocketAddress(InetAddress.getLoopbackAddress(), port));
        return server;
    }

    private void accept(ServerSocket listening) {
        Thread acceptor = new Thread(
                () -> {
                    while (!listening.isClosed()) {
                        try {
                            Socket client = listening.accept();
                            Socket upstream = new Socket(this.targetHost, this.targetPort);
                            this.sockets.add(client);
                            this.sockets.add(upstream);
                            pump(client, upstream);
                            pump(upstream, client);
                        } catch (IOException ex) {
                            // Closed by cut(), or the database refused: the client sees a closed connection.
                        }
                    }
                },
                "proxy-accept");
        acceptor.setDaemon(true);
        acceptor.start();
    }

    private static void pump(Socket from, Socket to) {
        Thread pump = new Thread(
                () -> {
                    try (InputStream in = from.getInputStream();
                            OutputStream out = to.getOutputStream()) {
                        in.transferTo(out);
                    } catch (IOException ex) {
                        // One side closed.
                    } finally {
                        try {
                            from.close();
                            to.close();
                        } catch (IOException ex) {
                            // Already closed.
                        }
                    }
                },
                "proxy-pump");
        pump.setDaemon(true);
        pump.start();
    }
}
