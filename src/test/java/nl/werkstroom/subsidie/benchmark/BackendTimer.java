package nl.werkstroom.subsidie.benchmark;

import nl.werkstroom.integration.http.BackendHttp;
import nl.werkstroom.integration.mail.MailSender;
import org.aopalliance.intercept.MethodInterceptor;
import org.springframework.aop.framework.ProxyFactory;
import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.http.client.ClientHttpRequestInterceptor;
import org.springframework.web.client.RestClient;

/**
 * Measures the time of every backend call without changing the application: the RestClients that
 * {@link BackendHttp} builds get a timing interceptor, and {@link MailSender#send} is timed as the
 * SMTP call it is.
 */
final class BackendTimer implements BeanPostProcessor {

  private final Metingen metingen;
  private final ClientHttpRequestInterceptor httpTimer;

  BackendTimer(Metingen metingen) {
    this.metingen = metingen;
    this.httpTimer = (request, body, execution) -> {
      long start = System.nanoTime();
      try {
        return execution.execute(request, body);
      } finally {
        metingen.backendCall(System.nanoTime() - start);
      }
    };
  }

  @Override
  public Object postProcessAfterInitialization(Object bean, String beanName) {
    if (bean instanceof BackendHttp) {
      return proxy(bean, (MethodInterceptor) invocation -> {
        Object result = invocation.proceed();
        if (result instanceof RestClient.Builder builder && invocation.getMethod().getName().equals("client")) {
          builder.requestInterceptor(httpTimer);
        }
        return result;
      });
    }
    if (bean instanceof MailSender) {
      return proxy(bean, (MethodInterceptor) invocation -> {
        if (!invocation.getMethod().getName().equals("send")) {
          return invocation.proceed();
        }
        long start = System.nanoTime();
        try {
          return invocation.proceed();
        } finally {
          metingen.backendCall(System.nanoTime() - start);
        }
      });
    }
    return bean;
  }

  private static Object proxy(Object bean, MethodInterceptor advice) {
    ProxyFactory factory = new ProxyFactory(bean);
    factory.setProxyTargetClass(true);
    factory.addAdvice(advice);
    return factory.getProxy(bean.getClass().getClassLoader());
  }
}
