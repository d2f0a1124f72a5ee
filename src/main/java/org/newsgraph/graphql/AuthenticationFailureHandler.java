package org.newsgraph.graphql;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

import io.quarkus.security.AuthenticationFailedException;
import io.vertx.ext.web.Router;

/**
 * A rejected login answers as GraphQL does: 401 with a body holding a GraphQL error whose {@code extensions.code} is
 * "unauthorized", the same whether or not the user exists.
 */
@ApplicationScoped
public class AuthenticationFailureHandler {
    private static final String BODY = GraphQLErrorBody.of("Wrong user name or password", "unauthorized");

    void install(@Observes Router router) {
        router.route().order(Integer.MIN_VALUE).failureHandler(ctx -> {
            if (ctx.failure() instanceof AuthenticationFailedException && !ctx.response().headWritten()) {
                ctx.response().setStatusCode(401)
                        .putHeader("WWW-Authenticate", "Basic realm=\"newsgraph\", charset=\"UTF-8\"")
                        .putHeader("Content-Type", "application/graphql-response+json; charset=UTF-8")
                        .end(BODY);
            } else {
                ctx.next();
            }
        });
    }
}
