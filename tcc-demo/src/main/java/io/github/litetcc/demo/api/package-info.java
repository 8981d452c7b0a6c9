/** The services' Dubbo interfaces, the business refusal and the catalog every service starts from. */
package io.github.litetcc.demo.api;
