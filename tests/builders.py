"""One-line fixtures shared by the tests: small texts written for finbrief, about a fictional company."""

CALL = """星穹科技发布季度业绩,云业务收入同比增长31%。
以下为电话会实录:
操作员
女士们,先生们,欢迎参加星穹科技财报电话会议。
林志远
大家好。本季度我们的总收入同比增长9%。
问答环节
操作员
您的第一个问题来自高盛的Sarah Lee。
Sarah Lee
谢谢管理层。请问云业务的利润率展望如何?
林志远
我们预计利润率会继续提升。
"""
