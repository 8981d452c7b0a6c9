/** The annotations a user puts on try methods ({@link io.github.litetcc.annotation.Tcc}) and remote interfaces ({@link io.github.litetcc.annotation.TccBranch}). */
package io.github.litetcc.annotation;
