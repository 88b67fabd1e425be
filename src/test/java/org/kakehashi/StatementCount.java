package org.kakehashi;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;

import javax.sql.DataSource;

import net.ttddyy.dsproxy.ExecutionInfo;
import net.ttddyy.dsproxy.QueryInfo;
import net.ttddyy.dsproxy.listener.QueryExecutionListener;
import net.ttddyy.dsproxy.support.ProxyDataSourceBuilder;
import org.aopalliance.intercept.MethodInterceptor;
import org.jspecify.annotations.Nullable;
import org.springframework.aop.framework.ProxyFactory;
import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;

/**
 * Counts the SQL statements the current thread executes, so a test can hold a list page
 * to a constant number of them whatever its size (issue 11). MockMvc renders a page on
 * the test's own thread, so everything a page runs is counted and nothing from background
 * jobs. The application's pool is wrapped in every integration test's context; the
 * wrapper is a subclass of the pool's own class, so code that needs the Hikari type still
 * gets it.
 */
public final class StatementCount {

	private static final ThreadLocal<@Nullable List<String>> RECORDING = new ThreadLocal<>();

	private StatementCount() {
	}

	/** What one piece of work ran: its result and every statement, in order. */
	public record Counted<T>(T result, List<String> statements) {

		public int count() {
			return statements.size();
		}

		/**
		 * The statements that ran more than once, with how often: a query per row shows
		 * here.
		 */
		public Map<String, Integer> repeated() {
			Map<String, Integer> times = new LinkedHashMap<>();
			statements.forEach(s -> times.merge(s, 1, Integer::sum));
			times.values().removeIf(n -> n < 2);
			return times;
		}

	}

	public static <T> Counted<T> of(Callable<T> work) throws Exception {
		List<String> statements = new ArrayList<>();
		RECORDING.set(statements);
		try {
			T result = work.call();
			return new Counted<>(result, List.copyOf(statements));
		}
		finally {
			RECORDING.remove();
		}
	}

	private static final class Recorder implements QueryExecutionListener {

		@Override
		public void beforeQuery(ExecutionInfo execution, List<QueryInfo> queries) {
		}

		@Override
		public void afterQuery(ExecutionInfo execution, List<QueryInfo> queries) {
			List<String> statements = RECORDING.get();
			if (statements != null) {
				// a batch is one round trip: it counts once
				statements.add(queries.isEmpty() ? "?" : queries.getFirst().getQuery().strip());
			}
		}

	}

	@TestConfiguration(proxyBeanMethods = false)
	public static class Config {

		@Bean
		static BeanPostProcessor statementCountingDataSource() {
			return new BeanPostProcessor() {
				@Override
				public Object postProcessAfterInitialization(Object bean, String name) {
					if (!(bean instanceof DataSource pool) || name.equals("statementCounted")) {
						return bean;
					}
					DataSource counted = ProxyDataSourceBuilder.create("statementCounted", pool)
						.listener(new Recorder())
						.build();
					ProxyFactory proxy = new ProxyFactory(pool);
					proxy.setProxyTargetClass(true);
					proxy.addAdvice((MethodInterceptor) invocation -> {
						if (invocation.getMethod().getName().equals("getConnection")) {
							Object[] args = invocation.getArguments();
							return args.length == 0 ? counted.getConnection()
									: counted.getConnection((String) args[0], (String) args[1]);
						}
						return invocation.proceed();
					});
					return proxy.getProxy(pool.getClass().getClassLoader());
				}
			};
		}

	}

}
